package com.lyrox.analytics;

import com.lyrox.tenants.Plan;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.analytics.*}: lead scoring.
 *
 * @param retrainInterval   how often each company's model is retrained when it has new conversions
 * @param scoreDelay        how long after a turn or a sale its customer's score is recomputed (the changes of that
 *                          time are scored in one batch, off the message path)
 * @param fullTrustAt       conversions from which the learned model alone scores; below, it is blended with the
 *                          points-based prior in proportion
 * @param minConversions    conversions (and as many non-buyers) a company needs before a model is learned at all
 * @param assistantMonthly  questions a month the owner's assistant answers, by plan (-1: unlimited; a plan missing: 0)
 */
@ConfigurationProperties("lyrox.analytics")
public record AnalyticsSettings(@DefaultValue("10m") Duration retrainInterval,
                                @DefaultValue("2s") Duration scoreDelay,
                                @DefaultValue("30") int fullTrustAt,
                                @DefaultValue("5") int minConversions,
                                @DefaultValue Map<Plan, Integer> assistantMonthly) {

    /** The questions a month the assistant answers on a plan (-1: unlimited). */
    public int assistantQuestions(Plan plan) {
        return assistantMonthly.getOrDefault(plan, 0);
    }
}
