package com.lyrox.conversations.internal;

import com.lyrox.conversations.ConversationFigures;
import com.lyrox.platform.TenantContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads the activity from its counters ({@link ActivityCounters}), a few Redis hashes in one round
 * trip whatever the size of the company. A company whose counters are not complete (an installation
 * from before them, a Redis that lost its data) gets them rebuilt from the history by the first
 * reader that takes the lock; other readers wait for it, up to {@link #PATIENCE}, and then answer what
 * is counted so far.
 */
@Component
class CountedConversationFigures implements ConversationFigures {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(50);
    private static final Logger log = LoggerFactory.getLogger(CountedConversationFigures.class);

    private final ActivityCounters counters;
    private final ActivityHistory history;
    private final Clock clock;

    CountedConversationFigures(ActivityCounters counters, ActivityHistory history, Clock clock) {
        this.counters = counters;
        this.history = history;
        this.clock = clock;
    }

    @Override
    public List<Activity> activityBetween(Instant from, Instant to) {
        UUID companyId = TenantContext.requireCompanyId();
        Instant giveUp = clock.instant().plus(PATIENCE);
        ActivityCounters.Counted counted = counters.read(companyId, from, to);
        while (!counted.complete() && clock.instant().isBefore(giveUp)) {
            if (!rebuild(companyId)) {
                pause();
            }
            counted = counters.read(companyId, from, to);
        }
        if (!counted.complete()) {
            log.warn("The activity of company {} is still being counted from its history; answering without it", companyId);
        }
        return counted.buckets();
    }

    /**
     * Counts the history before this moment into the counters, unless another reader is at it. Live
     * counting starts at the same moment (the lock carries it), so each event is counted by one side;
     * what remains is an inbound message stamped by WhatsApp before that moment but recorded after it,
     * which both may count, and an event stamped just before it whose write lands after the history
     * was read, which neither counts: a few milliseconds around a rare rebuild.
     */
    private boolean rebuild(UUID companyId) {
        Instant since = clock.instant();
        String token = since.toEpochMilli() + ":" + UUID.randomUUID();
        if (!counters.beginRebuild(companyId, token, since)) {
            return false;
        }
        boolean done = false;
        try {
            history.countBetween(companyId, since.minus(ActivityCounters.KEPT), since)
                    .forEach((day, counts) -> counters.addHistory(companyId, token, day, counts));
            done = true;
        } finally {
            counters.endRebuild(companyId, token, done ? since : null);
        }
        return true;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the activity was being counted", e);
        }
    }
}
