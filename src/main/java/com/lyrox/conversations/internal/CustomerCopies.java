package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.lyrox.customers.CustomerChanged;
import com.lyrox.platform.TenantContext;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A conversation shows a copy of its customer's name, stage and tags (so the inbox can filter
 * and show them without asking PostgreSQL); when the customer changes, the copy follows once
 * the change is committed, and the dashboard hears of it live.
 *
 * <p>It runs after the change, off the thread that made it (often a turn, when the agent moves
 * the stage or adds tags), from the event publication registry: a copy interrupted by a crash
 * is made when the application starts again. Two changes of one customer may then be copied in
 * either order; the copy keeps the newer ({@code customerChangedAt}).
 */
@Component
class CustomerCopies {

    private final MongoCollection<Document> conversations;
    private final MongoConversationLog log;

    CustomerCopies(MongoTemplate mongo, MongoConversationLog log) {
        this.conversations = mongo.getCollection(Collections.CONVERSATIONS);
        this.log = log;
    }

    @ApplicationModuleListener
    void on(CustomerChanged change) {
        TenantContext.runAs(change.companyId(), null, () -> copy(change));
    }

    private void copy(CustomerChanged change) {
        // The id is made from the company's, so the conversation found is this company's.
        UUID conversationId = Collections.conversationId(change.companyId(), change.customerId());
        Date changedAt = Date.from(change.changedAt());
        boolean newer = conversations.updateOne(
                and(eq("_id", conversationId.toString()),
                        or(exists("customerChangedAt", false), lt("customerChangedAt", changedAt))),
                Updates.combine(Updates.set("customerName", change.name()), Updates.set("stage", change.stage().name()),
                        Updates.set("tags", change.tags()), Updates.set("customerChangedAt", changedAt)))
                .getModifiedCount() > 0;
        if (newer) {
            // Through the log's own update (which never moves the time back), so whatever follows a
            // conversation's changes, the live stream among them, hears of this one.
            log.update(conversationId, Updates.max("customerChangedAt", changedAt));
        }
    }
}
