package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * A conversation's history in blocks of {@link Collections#BLOCK_SIZE} messages, each block
 * read and written by {@code _id} alone. A message is pushed once when its place was reserved
 * for the first time; a job that runs again pushes only what its block lacks. Should two runs
 * of one job still race, the reader keeps the first copy of each place.
 */
@Component
class MessageBlocks {

    private static final int DUPLICATE_KEY = 11000;

    private final MongoCollection<Document> blocks;

    MessageBlocks(MongoTemplate mongo) {
        this.blocks = mongo.getCollection(Collections.BLOCKS);
    }

    /** The messages with {@code afterSeq < seq <= throughSeq} of the company's conversation, oldest first. */
    List<Document> between(UUID companyId, UUID conversationId, long afterSeq, long throughSeq) {
        List<Document> found = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (long block = Collections.blockNumber(afterSeq + 1); block <= Collections.blockNumber(throughSeq); block++) {
            Document stored = blocks.find(eq("_id", conversationId + ":" + block)).first();
            if (stored == null || !companyId.toString().equals(stored.getString("companyId"))) {
                continue;
            }
            for (Document message : stored.getList("messages", Document.class)) {
                long seq = message.getLong("seq");
                if (seq > afterSeq && seq <= throughSeq && seen.add(seq)) {
                    found.add(message);
                }
            }
        }
        found.sort(Comparator.comparingLong(message -> message.getLong("seq")));
        return found;
    }

    /** Appends a message whose place was just reserved, so no block can hold it yet. */
    void push(UUID companyId, UUID conversationId, long seq, Document message) {
        Bson append = Updates.combine(
                Updates.setOnInsert("companyId", companyId.toString()),
                Updates.setOnInsert("conversationId", conversationId.toString()),
                Updates.setOnInsert("block", Collections.blockNumber(seq)),
                Updates.push("messages", message));
        try {
            blocks.updateOne(eq("_id", Collections.blockId(conversationId, seq)), append, new UpdateOptions().upsert(true));
        } catch (MongoException e) {
            if (e.getCode() != DUPLICATE_KEY) {
                throw e;
            }
            // Another message of the block created it at the same moment: append to that one.
            blocks.updateOne(eq("_id", Collections.blockId(conversationId, seq)), append);
        }
    }

    /** Appends a message that an earlier run of the same job may have stored already. */
    void pushIfAbsent(UUID companyId, UUID conversationId, long seq, Document message) {
        Document stored = blocks.find(eq("_id", Collections.blockId(conversationId, seq))).first();
        boolean present = stored != null && stored.getList("messages", Document.class).stream()
                .anyMatch(existing -> existing.getLong("seq") == seq);
        if (!present) {
            push(companyId, conversationId, seq, message);
        }
    }
}
