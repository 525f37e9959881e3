package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.eq;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.internal.ActivityCounters.Kind;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.time.LocalDate;
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
        conversations.find(eq("companyId", companyId.toString())).projection(Projections.include("createdAt", "handoffs"))
                .forEach(conversation -> {
                    tally.add(conversation.getDate("createdAt"), Kind.STARTED);
                    conversation.getList("handoffs", Date.class, List.of()).forEach(at -> tally.add(at, Kind.HANDOFFS));
                });
        blocks.find(eq("companyId", companyId.toString())).projection(Projections.include("messages.at", "messages.author"))
                .forEach(block -> block.getList("messages", Document.class, List.of()).forEach(message -> {
                    Date at = message.getDate("at");
                    tally.add(at, Kind.MESSAGES);
                    if (Author.AI.name().equals(message.getString("author"))) {
                        tally.add(at, Kind.AI_REPLIES);
                    }
                }));
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
