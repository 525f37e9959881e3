package com.lyrox.analytics.internal;

import com.lyrox.agents.ReplyGenerated;
import com.lyrox.customers.CustomerChanged;
import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SaleCompleted;
import com.lyrox.sales.SaleRefunded;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The customers whose score is out of date since a turn, a sale or a change of stage or tags:
 * noted in memory where it happens (no store call on the message path), scored together every
 * {@code lyrox.analytics.score-delay}, each company's in its own tenant. A customer noted on an
 * instance that stops before its next run keeps the score it had until its next turn or training.
 */
@Component
class ScoreQueue {

    private static final Logger log = LoggerFactory.getLogger(ScoreQueue.class);
    private static final int BATCH = 500;

    private final LeadScorer scorer;
    private final Map<UUID, Set<UUID>> due = new ConcurrentHashMap<>();

    ScoreQueue(LeadScorer scorer) {
        this.scorer = scorer;
    }

    @EventListener
    void on(ReplyGenerated reply) {
        note(reply.companyId(), reply.customerId());
    }

    @EventListener
    void on(SaleCompleted sale) {
        note(sale.companyId(), sale.customerId());
    }

    @EventListener
    void on(SaleRefunded sale) {
        note(sale.companyId(), sale.customerId());
    }

    @EventListener
    void on(CustomerChanged changed) {
        note(changed.companyId(), changed.customerId());
    }

    void note(UUID companyId, UUID customerId) {
        if (companyId != null && customerId != null) {
            // Atomic with the run's removal of the company's set, so no customer lands in a set already taken.
            due.compute(companyId, (id, noted) -> {
                Set<UUID> customers = noted == null ? ConcurrentHashMap.newKeySet() : noted;
                customers.add(customerId);
                return customers;
            });
        }
    }

    @Scheduled(fixedDelayString = "${lyrox.analytics.score-delay:2s}", initialDelayString = "${lyrox.analytics.score-delay:2s}")
    void scoreDue() {
        for (UUID companyId : List.copyOf(due.keySet())) {
            Set<UUID> noted = due.remove(companyId);
            if (noted == null || noted.isEmpty()) {
                continue;
            }
            List<UUID> customers = List.copyOf(noted);
            try {
                for (int from = 0; from < customers.size(); from += BATCH) {
                    List<UUID> batch = customers.subList(from, Math.min(customers.size(), from + BATCH));
                    TenantContext.runAs(companyId, null, () -> scorer.score(batch));
                }
            } catch (RuntimeException e) {
                // Noted again: the next run tries them once more.
                customers.forEach(customer -> note(companyId, customer));
                log.warn("Scoring {} customers of company {} failed, retried in the next run: {}", customers.size(), companyId,
                        e.toString());
            }
        }
    }
}
