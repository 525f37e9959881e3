package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationFigures;
import com.lyrox.platform.TenantContext;
import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Reads the activity of a period from the conversation and message-block documents. */
@Component
class MongoConversationFigures implements ConversationFigures {

    private final MongoCollection<Document> conversations;
    private final MongoCollection<Document> blocks;

    MongoConversationFigures(MongoTemplate mongo) {
        this.conversations = mongo.getCollection(Collections.CONVERSATIONS);
        this.blocks = mongo.getCollection(Collections.BLOCKS);
    }

    @Override
    public Activity activityBetween(Instant from, Instant to) {
        String companyId = TenantContext.requireCompanyId().toString();
        List<Instant> started = new ArrayList<>();
        List<Instant> handoffs = new ArrayList<>();
        conversations.find(eq("companyId", companyId)).forEach(conversation -> {
            within(conversation.getDate("createdAt"), from, to, started);
            conversation.getList("handoffs", Date.class, List.of()).forEach(at -> within(at, from, to, handoffs));
        });
        List<Instant> messages = new ArrayList<>();
        List<Instant> aiReplies = new ArrayList<>();
        blocks.find(and(eq("companyId", companyId),
                        elemMatch("messages", and(gte("at", Date.from(from)), lt("at", Date.from(to))))))
                .forEach(block -> block.getList("messages", Document.class, List.of()).forEach(message -> {
                    if (within(message.getDate("at"), from, to, messages)
                            && Author.AI.name().equals(message.getString("author"))) {
                        aiReplies.add(message.getDate("at").toInstant());
                    }
                }));
        return new Activity(started, messages, aiReplies, handoffs);
    }

    private static boolean within(Date at, Instant from, Instant to, List<Instant> into) {
        if (at == null || at.toInstant().isBefore(from) || !at.toInstant().isBefore(to)) {
            return false;
        }
        into.add(at.toInstant());
        return true;
    }
}
