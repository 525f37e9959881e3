package com.lyrox.conversations;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** A conversation was closed, {@link #resolution()} after it opened (or opened again after an earlier close). */
public record ConversationClosed(UUID companyId, UUID conversationId, Instant openedAt, Instant closedAt) {

    public Duration resolution() {
        return Duration.between(openedAt, closedAt);
    }
}
