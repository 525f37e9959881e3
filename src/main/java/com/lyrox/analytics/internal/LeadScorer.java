package com.lyrox.analytics.internal;

import com.lyrox.agents.TurnSignals;
import com.lyrox.analytics.AnalyticsSettings;
import com.lyrox.customers.LeadScores;
import com.lyrox.customers.ScoreFactor;
import com.lyrox.sales.SaleSignals;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Scores customers of the current company: the learned model's probability of buying, blended
 * with the prior's in proportion to the company's conversions (all learned from
 * {@code full-trust-at} on), as 0–100, with the three factors that moved it most.
 */
@Component
class LeadScorer {

    static final int FACTORS = 3;

    private final LeadScores customers;
    private final TurnSignals turns;
    private final SaleSignals sales;
    private final LeadModels models;
    private final AnalyticsSettings settings;
    private final ConversationTimings timings;
    private final Clock clock;

    LeadScorer(LeadScores customers, TurnSignals turns, SaleSignals sales, LeadModels models, AnalyticsSettings settings,
               ConversationTimings timings, Clock clock) {
        this.timings = timings;
        this.customers = customers;
        this.turns = turns;
        this.sales = sales;
        this.models = models;
        this.settings = settings;
        this.clock = clock;
    }

    /** Scores and stores these customers; answers how many were scored (deleted ones are passed over). */
    int score(Collection<UUID> customerIds) {
        List<LeadScores.Facts> facts = customers.facts(customerIds);
        if (facts.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        Map<UUID, Instant> untilNow = new HashMap<>();
        facts.forEach(fact -> untilNow.put(fact.customerId(), null));
        Map<UUID, TurnSignals.Signals> turnSignals = turns.byCustomer(untilNow);
        Map<UUID, SaleSignals.Signals> saleSignals = sales.byCustomer(untilNow.keySet());
        Map<UUID, Double> waits = timings.medianWaitMinutes(untilNow);
        Optional<LeadModels.Stored> stored = models.find();
        Optional<LeadModel> model = stored.flatMap(LeadModels.Stored::model);
        double trust = model.isPresent() ? Math.min(1.0, stored.get().conversions() / (double) settings.fullTrustAt()) : 0;
        List<LeadScores.Score> scores = new ArrayList<>(facts.size());
        for (LeadScores.Facts fact : facts) {
            UUID id = fact.customerId();
            LeadFeatures lead = LeadFeatures.of(fact, turnSignals.getOrDefault(id, TurnSignals.Signals.none(id)),
                    saleSignals.getOrDefault(id, SaleSignals.Signals.none(id)), waits.get(id), now);
            scores.add(score(id, lead, model, trust, now));
        }
        customers.record(scores);
        return scores.size();
    }

    private LeadScores.Score score(UUID id, LeadFeatures lead, Optional<LeadModel> model, double trust, Instant now) {
        Map<String, Integer> prior = PriorScore.points(lead);
        double probability = PriorScore.probability(prior);
        Map<String, Double> impacts = new LinkedHashMap<>();
        prior.forEach((code, points) -> impacts.merge(code, (1 - trust) * points, Double::sum));
        double[] values = lead.values();
        OptionalDouble predicted = model.isPresent() && trust > 0 ? predict(model.get(), values) : OptionalDouble.empty();
        if (predicted.isPresent()) {
            double learned = predicted.getAsDouble();
            probability = trust * learned + (1 - trust) * probability;
            // Each feature's share of the learned log-odds, as points near this customer's probability.
            double slope = 100 * learned * (1 - learned);
            for (LeadModel.Weight weight : model.get().weights()) {
                double value = values[index(weight.feature())];
                if (value != 0 && weight.weight() != 0) {
                    impacts.merge(weight.feature(), trust * slope * weight.weight() * value, Double::sum);
                }
            }
        }
        List<ScoreFactor> factors = impacts.entrySet().stream()
                .filter(impact -> Math.round(impact.getValue()) != 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> impact) -> Math.abs(impact.getValue())).reversed())
                .limit(FACTORS)
                .map(impact -> new ScoreFactor(impact.getKey(), ScoreReasons.text(impact.getKey(), lead),
                        (int) Math.round(impact.getValue())))
                .toList();
        return new LeadScores.Score(id, (int) Math.round(100 * probability), factors, now);
    }

    /**
     * The learned probability; none (the points alone score this customer) when the model cannot
     * read the features, such as a customer with nothing recorded yet, so one customer never stops
     * the others' batch.
     */
    private static OptionalDouble predict(LeadModel model, double[] values) {
        try {
            return OptionalDouble.of(model.probability(values));
        } catch (RuntimeException e) {
            return OptionalDouble.empty();
        }
    }

    private static int index(String feature) {
        for (int i = 0; i < LeadFeatures.NAMES.length; i++) {
            if (LeadFeatures.NAMES[i].equals(feature)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Not a lead feature: " + feature);
    }
}
