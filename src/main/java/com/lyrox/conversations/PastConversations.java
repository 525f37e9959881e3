package com.lyrox.conversations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Conversations that happened before, written as they were (for a demonstration's history): each
 * message at its own moment, nothing sent. The figures count them as the live path would have: the
 * activity and the inbox are counted again from the history, and the waits for a reply, handoffs and
 * closes are raised as their events with their own moments.
 */
public interface PastConversations {

    /** A message of the past, and whether a person took the conversation from the AI just after it (with why). */
    record PastMessage(Author author, String text, Instant at, String handoffReason) {

        public PastMessage(Author author, String text, Instant at) {
            this(author, text, at, null);
        }
    }

    /**
     * Writes the conversation of a customer who has none yet in the current company, ending in
     * {@code status} ({@code CLOSED}: closed at its last message); false when they already have one.
     */
    boolean write(CustomerRef customer, UUID channelId, List<PastMessage> messages, ConversationStatus status);

    /** Counts the current company's activity and inbox again from its history, once past conversations are written. */
    void recount();
}
