package com.lyrox.conversations.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * Names and ids of the conversation documents. Ids are deterministic, so the hot path reads
 * and writes by {@code _id} only (the embedded wire server indexes nothing else).
 */
final class Collections {

    static final String CONVERSATIONS = "conversations";
    static final String BLOCKS = "message_blocks";
    static final String MESSAGE_IDS = "message_ids";
    static final int BLOCK_SIZE = 50;
    /**
     * How long a rebuild of a derived view may read a company's documents. The driver's read
     * timeout (lyrox.stores.mongodb-read-timeout) bounds the hot path's reads; the in-process
     * server gathers a whole filtered query before its first answer, which at 100,000
     * conversations outlasts it, so a rebuild's reads carry this deadline instead.
     */
    static final Duration REBUILD_READS = Duration.ofMinutes(5);

    private Collections() {
    }

    static UUID conversationId(UUID companyId, UUID customerId) {
        return UUID.nameUUIDFromBytes((companyId + ":" + customerId).getBytes(StandardCharsets.UTF_8));
    }

    static String blockId(UUID conversationId, long seq) {
        return conversationId + ":" + blockNumber(seq);
    }

    static long blockNumber(long seq) {
        return (seq - 1) / BLOCK_SIZE;
    }

    static String messageKey(UUID companyId, String messageId) {
        return companyId + ":" + messageId;
    }
}
