package com.lyrox.conversations;

import java.util.Locale;
import java.util.Optional;

/**
 * Where an outbound message stands. Statuses only move forward by rank: a late
 * {@code delivered} never overwrites {@code read}.
 */
public enum DeliveryStatus {
    PENDING(0), SENT(1), FAILED(2), DELIVERED(3), READ(4), PLAYED(5);

    private final int rank;

    DeliveryStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    /** The status Meta names in a webhook ({@code sent}, {@code delivered}, ...). */
    public static Optional<DeliveryStatus> fromWebhook(String name) {
        try {
            return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
