package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.internal.ActivityCounters.Kind;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A company's activity counted from its documents, for a rebuild of its counters: conversations by
 * {@code createdAt}, handoffs by the moments in {@code handoffs}, messages (and the AI's among them)
 * by their {@code at} in the message blocks. Reads the company's whole history, once.
 */
@Component
class ActivityHistory {

    private static final int BLOCKS_PER_READ = 500;

    private final MongoCollection<Document> conversations;
    private final MongoCollection<Document> blocks;

    ActivityHistory(MongoTemplate mongo) {
        this.conversations = mongo.getCollection(Collections.CONVERSATIONS)
                .withTimeout(Collections.REBUILD_READS.toMillis(), TimeUnit.MILLISECONDS);
        this.blocks = mongo.getCollection(Collections.BLOCKS)
                .withTimeout(Collections.REBUILD_READS.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Counts per UTC day and counter field of what happened in [from, until). */
    Map<LocalDate, Map<String, Long>> countBetween(UUID companyId, Instant from, Instant until) {
        Tally tally = new Tally(from, until);
        List<String> blockIds = new ArrayList<>();
        conversations.find(eq("companyId", companyId.toString()))
                .projection(Projections.include("createdAt", "handoffs", "messageCount"))
                .forEach(conversation -> {
                    tally.add(conversation.getDate("createdAt"), Kind.STARTED);
                    conversation.getList("handoffs", Date.class, List.of()).forEach(at -> tally.add(at, Kind.HANDOFFS));
                    UUID conversationId = UUID.fromString(conversation.getString("_id"));
                    long messages = conversation.get("messageCount", 0L);
                    for (long block = 0; messages > 0 && block <= Collections.blockNumber(messages); block++) {
                        blockIds.add(conversationId + ":" + block);
                    }
                });
        // The blocks by _id, a batch at a time: each read is short, while one query over the company's blocks would
        // hold the in-process server's store open for as long as it takes to read them all.
        for (int start = 0; start < blockIds.size(); start += BLOCKS_PER_READ) {
            blocks.find(in("_id", blockIds.subList(start, Math.min(blockIds.size(), start + BLOCKS_PER_READ))))
                    .projection(Projections.include("companyId", "messages.at", "messages.author"))
                    .forEach(block -> {
                        if (!companyId.toString().equals(block.getString("companyId"))) {
                            return;
                        }
                        block.getList("messages", Document.class, List.of()).forEach(message -> {
                            Date at = message.getDate("at");
                            tally.add(at, Kind.MESSAGES);
                            if (Author.AI.name().equals(message.getString("author"))) {
                                tally.add(at, Kind.AI_REPLIES);
                            } else if (Author.HUMAN.name().equals(message.getString("author"))) {
                                tally.add(at, Kind.HUMAN_REPLIES);
                            }
                        });
                    });
        }
        return tally.counts;
    }

    private record Tally(Instant from, Instant until, Map<LocalDate, Map<String, Long>> counts) {

        Tally(Instant from, Instant until) {
            this(from, until, new TreeMap<>());
        }

        void add(Date moment, Kind kind) {
            if (moment == null || moment.toInstant().isBefore(from) || !moment.toInstant().isBefore(until)) {
                return;
            }
            Instant at = moment.toInstant();
            counts.computeIfAbsent(ActivityCounters.day(at), day -> new TreeMap<>())
                    .merge(ActivityCounters.field(at, kind), 1L, Long::sum);
        }
    }
}
