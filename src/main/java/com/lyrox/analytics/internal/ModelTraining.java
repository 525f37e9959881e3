package com.lyrox.analytics.internal;

import com.lyrox.agents.TurnSignals;
import com.lyrox.analytics.AnalyticsSettings;
import com.lyrox.customers.LeadScores;
import com.lyrox.sales.SaleSignals;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Learns the current company's model from all its customers, each as they were before their
 * first purchase (turns counted up to it), so that nothing a purchase causes teaches the model
 * that it predicts one; then scores every customer with it.
 */
@Component
class ModelTraining {

    private static final int PAGE = 1_000;

    private final LeadScores customers;
    private final TurnSignals turns;
    private final SaleSignals sales;
    private final LeadModels models;
    private final LeadScorer scorer;
    private final AnalyticsSettings settings;
    private final ConversationTimings timings;
    private final Clock clock;

    ModelTraining(LeadScores customers, TurnSignals turns, SaleSignals sales, LeadModels models, LeadScorer scorer,
                  AnalyticsSettings settings, ConversationTimings timings, Clock clock) {
        this.timings = timings;
        this.customers = customers;
        this.turns = turns;
        this.sales = sales;
        this.models = models;
        this.scorer = scorer;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the company has bought since its model was trained (or has no model yet and enough buyers). */
    boolean due() {
        long buyers = sales.buyers();
        return models.find().map(stored -> stored.conversions() != buyers || learnedOtherFeatures(stored))
                .orElse(buyers >= settings.minConversions());
    }

    /** A model learned from another set of features than today's (an earlier version's): learned again. */
    private static boolean learnedOtherFeatures(LeadModels.Stored stored) {
        return stored.model().isPresent() && !stored.weights().stream().map(LeadModel.Weight::feature).toList()
                .containsAll(List.of(LeadFeatures.NAMES));
    }

    /** Trains, keeps the model and rescores every customer; answers what was stored. */
    LeadModels.Stored trainAndRescore() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        record Dated(Instant firstContact, LeadModel.Example example) {
        }
        List<Dated> history = new ArrayList<>();
        int conversions = 0;
        UUID after = null;
        List<UUID> page;
        do {
            page = customers.idsAfter(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            after = page.get(page.size() - 1);
            Map<UUID, SaleSignals.Signals> saleSignals = sales.byCustomer(page);
            Map<UUID, Instant> until = new HashMap<>();
            page.forEach(id -> until.put(id, saleSignals.containsKey(id) ? saleSignals.get(id).firstCompletedAt() : null));
            Map<UUID, TurnSignals.Signals> turnSignals = turns.byCustomer(until);
            Map<UUID, Double> waits = timings.medianWaitMinutes(until);
            for (LeadScores.Facts fact : customers.facts(page)) {
                UUID id = fact.customerId();
                Instant moment = until.get(id) == null ? now : until.get(id);
                boolean bought = until.get(id) != null;
                conversions += bought ? 1 : 0;
                LeadFeatures lead = LeadFeatures.of(fact, turnSignals.getOrDefault(id, TurnSignals.Signals.none(id)),
                        SaleSignals.Signals.none(id), waits.get(id), moment);
                history.add(new Dated(fact.firstContact(), new LeadModel.Example(lead.values(), bought)));
            }
        } while (page.size() == PAGE);
        history.sort(Comparator.comparing(Dated::firstContact));
        List<LeadModel.Example> examples = history.stream().map(Dated::example).toList();
        boolean enough = conversions >= settings.minConversions() && examples.size() - conversions >= settings.minConversions();
        models.save(enough ? LeadModel.train(examples) : null, examples.size(), conversions, now);
        rescoreAll();
        return models.find().orElseThrow();
    }

    private void rescoreAll() {
        UUID after = null;
        List<UUID> page;
        do {
            page = customers.idsAfter(after, PAGE);
            if (!page.isEmpty()) {
                after = page.get(page.size() - 1);
                scorer.score(page);
            }
        } while (page.size() == PAGE);
    }
}
