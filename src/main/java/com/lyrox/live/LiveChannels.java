package com.lyrox.live;

import java.util.Optional;
import java.util.UUID;

/** The Redis pub/sub channels live events cross instances on: one per company, {@code live:{companyId}}. */
final class LiveChannels {

    static final String PREFIX = "live:";
    static final String PATTERN = PREFIX + "*";

    private LiveChannels() {
    }

    static String of(UUID companyId) {
        return PREFIX + companyId;
    }

    /** The company a channel belongs to; empty for a channel that names none. */
    static Optional<UUID> companyOf(String channel) {
        if (!channel.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(channel.substring(PREFIX.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
