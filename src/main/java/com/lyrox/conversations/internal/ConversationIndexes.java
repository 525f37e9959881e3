package com.lyrox.conversations.internal;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The indexes the inbox's list queries need on real MongoDB (the hot path reads by {@code _id}
 * only). Creating an existing index is a no-op, so this runs at every start.
 */
@Component
class ConversationIndexes {

    private final MongoTemplate mongo;

    ConversationIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        var conversations = mongo.getCollection(Collections.CONVERSATIONS);
        conversations.createIndex(Indexes.compoundIndex(Indexes.ascending("companyId"), Indexes.descending("lastMessageAt")),
                new IndexOptions().name("company_recent"));
        conversations.createIndex(Indexes.compoundIndex(Indexes.ascending("companyId", "status"),
                Indexes.descending("lastMessageAt")), new IndexOptions().name("company_status_recent"));
        conversations.createIndex(Indexes.ascending("companyId", "customerId"),
                new IndexOptions().name("company_customer").unique(true));
        mongo.getCollection(Collections.MESSAGE_IDS).createIndex(Indexes.ascending("companyId", "conversationId"),
                new IndexOptions().name("company_conversation"));
    }
}
