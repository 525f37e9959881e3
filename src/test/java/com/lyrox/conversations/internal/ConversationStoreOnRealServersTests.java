package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.RealServerTest;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What only a real MongoDB can show (the embedded wire server accepts any index and builds
 * none but {@code _id} and single-field unique ones): the indexes the module declares exist,
 * the unique one refuses a second conversation per customer, and the inbox's list is read
 * through an index.
 */
@RealServerTest
class ConversationStoreOnRealServersTests {

    @Autowired
    Api api;

    @Autowired
    ConversationLog log;

    @Autowired
    MongoTemplate mongo;

    @Test
    void everyIndexTheModuleDeclaresExistsOnTheServer() {
        Map<String, Document> conversations = indexes(Collections.CONVERSATIONS);
        assertThat(keyOf(conversations.get("company_recent"))).isEqualTo("companyId 1, lastMessageAt -1");
        assertThat(keyOf(conversations.get("company_status_recent"))).isEqualTo("companyId 1, status 1, lastMessageAt -1");
        assertThat(keyOf(conversations.get("company_customer"))).isEqualTo("companyId 1, customerId 1");
        assertThat(conversations.get("company_customer").getBoolean("unique")).isTrue();
        assertThat(keyOf(indexes(Collections.MESSAGE_IDS).get("company_conversation"))).isEqualTo("companyId 1, conversationId 1");
    }

    @Test
    void aSecondConversationForTheSameCustomerIsRefused() {
        var owner = api.signUp();
        UUID customerId = UUID.randomUUID();
        TenantContext.runAs(owner.companyId(), null, () -> log.recordInbound(
                new CustomerRef(customerId, "+34600000088", "Ana", "LEAD", List.of()),
                new InboundMessage(owner.companyId(), UUID.randomUUID(), "wamid.U1", "34600000088", null, "Ana",
                        Instant.now(), "text", "hola", Map.of())));

        Document twin = new Document("_id", UUID.randomUUID().toString())
                .append("companyId", owner.companyId().toString()).append("customerId", customerId.toString());
        assertThatThrownBy(() -> mongo.getCollection(Collections.CONVERSATIONS).insertOne(twin))
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
    }

    @Test
    void theInboxListIsReadThroughAnIndexNotAScanOfEveryCompany() {
        String company = api.signUp().companyId().toString();
        Bson recentFirst = Sorts.orderBy(Sorts.descending("lastMessageAt"), Sorts.ascending("_id"));

        assertThat(winningPlan(eq("companyId", company), recentFirst)).contains("IXSCAN").doesNotContain("COLLSCAN");
        assertThat(winningPlan(and(eq("companyId", company), eq("status", "HUMAN_HANDLING")), recentFirst))
                .contains("IXSCAN").doesNotContain("COLLSCAN");
    }

    private Map<String, Document> indexes(String collection) {
        Map<String, Document> byName = new HashMap<>();
        mongo.getCollection(collection).listIndexes().forEach(index -> byName.put(index.getString("name"), index));
        return byName;
    }

    /** An index's fields in order with their directions; the server may answer a direction as any number type. */
    private static String keyOf(Document index) {
        assertThat(index).isNotNull();
        return index.get("key", Document.class).entrySet().stream()
                .map(field -> field.getKey() + " " + ((Number) field.getValue()).intValue())
                .collect(Collectors.joining(", "));
    }

    private String winningPlan(Bson filter, Bson sort) {
        Document explained = mongo.getCollection(Collections.CONVERSATIONS).find(filter).sort(sort).explain();
        return explained.get("queryPlanner", Document.class).get("winningPlan", Document.class).toJson();
    }
}
