package com.lyrox.conversations.internal;

import com.lyrox.customers.CustomerChanged;
import com.mongodb.client.model.Updates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A conversation shows a copy of its customer's name, stage and tags (so the inbox can filter
 * and show them without asking PostgreSQL); when the customer changes, the copy follows once
 * the change is committed, and the dashboard hears of it live.
 */
@Component
class CustomerCopies {

    private final MongoConversationLog log;

    CustomerCopies(MongoConversationLog log) {
        this.log = log;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CustomerChanged change) {
        log.update(Collections.conversationId(change.companyId(), change.customerId()), Updates.combine(
                Updates.set("customerName", change.name()), Updates.set("stage", change.stage().name()),
                Updates.set("tags", change.tags())));
    }
}
