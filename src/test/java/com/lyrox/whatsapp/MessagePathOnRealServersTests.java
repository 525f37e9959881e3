package com.lyrox.whatsapp;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.RealServerTest;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The message path on the real servers: every scenario after the webhook (statuses, Graph API
 * failures, opt-out, handoff, rate limit, reclaimed and poison jobs), and the documents a turn
 * leaves in MongoDB.
 */
@RealServerTest
class MessagePathOnRealServersTests extends MessagePathTests {

    @Autowired
    MongoTemplate mongo;

    @Test
    void aSignedWebhookIsAnsweredAndTheTurnIsStoredInMongo() {
        String company = whatsapp.owner().companyId().toString();
        assertThat(whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.M1", "hola, ¿precio?")).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 1);

        Document conversation = mongo.getCollection("conversations").find(eq("companyId", company)).first();
        assertThat(conversation).isNotNull();
        assertThat(conversation.getString("customerPhone")).isEqualTo("+" + CUSTOMER);
        await().atMost(PATIENCE).until(() -> mongo.getCollection("conversations")
                .find(eq("_id", conversation.get("_id"))).first().getLong("messageCount") == 2);

        Document block = mongo.getCollection("message_blocks").find(eq("_id", conversation.get("_id") + ":0")).first();
        assertThat(block.getString("companyId")).isEqualTo(company);
        List<Document> messages = block.getList("messages", Document.class);
        assertThat(messages).extracting(message -> message.getLong("seq")).containsExactly(1L, 2L);
        assertThat(messages).extracting(message -> message.getString("direction")).containsExactly("INBOUND", "OUTBOUND");
        assertThat(messages.get(0).getString("text")).isEqualTo("hola, ¿precio?");
        String sent = graph.messages(whatsapp.phoneNumberId()).get(0).json().read("$.text.body");
        assertThat(messages.get(1).getString("text")).isEqualTo(sent);

        Document inbound = mongo.getCollection("message_ids").find(eq("_id", company + ":wamid.M1")).first();
        assertThat(inbound.getString("conversationId")).isEqualTo(conversation.get("_id"));
        assertThat(inbound.getLong("seq")).isEqualTo(1L);
    }
}
