package com.lyrox.conversations;

import java.util.UUID;

/**
 * Where a message went: its conversation and its place ({@code seq}) in the history. For an
 * inbound message, {@code inboundOrdinal} counts the customer's messages up to and including it
 * (a newer one has a higher count) and {@code status} says who answers the conversation now.
 */
public record RecordedMessage(UUID conversationId, long seq, boolean firstTime, long inboundOrdinal,
                              ConversationStatus status) {
}
