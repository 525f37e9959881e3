package com.lyrox.tenants;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.plans.*}.
 *
 * @param trialLength how long a new company uses every feature (the top plan's) before its own plan applies; 0: no trial
 */
@ConfigurationProperties("lyrox.plans")
public record PlanSettings(@DefaultValue("14d") Duration trialLength) {
}
