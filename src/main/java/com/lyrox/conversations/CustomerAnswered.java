package com.lyrox.conversations;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A reply reached a customer who was waiting for one: from the first of their messages nobody had
 * answered yet to the AI's or a person's reply. {@code first} when it is the first reply since the
 * conversation opened (or opened again after it was closed). Raised once per reply recorded.
 */
public record CustomerAnswered(UUID companyId, UUID conversationId, UUID customerId, Author answeredBy, Instant waitingSince,
                               Instant answeredAt, boolean first) {

    public Duration waited() {
        return Duration.between(waitingSince, answeredAt);
    }
}
