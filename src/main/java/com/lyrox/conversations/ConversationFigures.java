package com.lyrox.conversations;

import java.time.Instant;
import java.util.List;

/** When things happened in the current company's conversations, for reports. */
public interface ConversationFigures {

    /** Conversations started, messages, AI replies and handoffs to a person within [from, to). */
    Activity activityBetween(Instant from, Instant to);

    /** The moments of each kind of activity, unordered. */
    record Activity(List<Instant> conversationsStarted, List<Instant> messages, List<Instant> aiReplies,
                    List<Instant> handoffs) {
    }
}
