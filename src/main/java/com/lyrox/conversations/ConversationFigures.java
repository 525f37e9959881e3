package com.lyrox.conversations;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How much happened in the current company's conversations, counted as it happens in buckets
 * of {@link #BUCKET} (every time zone's offset is a whole number of them), so a report reads a
 * few hundred counters instead of the history.
 */
public interface ConversationFigures {

    Duration BUCKET = Duration.ofMinutes(15);

    /** The buckets with any activity whose start lies in [from, to), oldest first. */
    List<Activity> activityBetween(Instant from, Instant to);

    /**
     * What happened in the bucket starting at {@code at}: messages both ways, the AI's replies and
     * people's replies among them, handoffs to a person. People's replies are counted from this
     * version on (a rebuild of a company's counters counts them in its history too).
     */
    record Activity(Instant at, long conversationsStarted, long messages, long aiReplies, long humanReplies, long handoffs) {
    }
}
