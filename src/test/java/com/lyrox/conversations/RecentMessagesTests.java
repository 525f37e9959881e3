package com.lyrox.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The agent's context comes from Redis while cached (one hour), and is rebuilt from MongoDB on a miss. */
@LyroxTest
class RecentMessagesTests {

    @Autowired
    Api api;

    @Autowired
    ConversationLog log;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StringRedisTemplate redis;

    @Test
    void servesTheNewestMessagesFromRedisAndRebuildsThemFromMongoOnAMiss() {
        var owner = api.signUp();
        TenantContext.runAs(owner.companyId(), null, () -> {
            CustomerRef customer = new CustomerRef(UUID.randomUUID(), "+34600000001", "Ana", "LEAD", List.of());
            UUID channel = UUID.randomUUID();
            UUID conversation = null;
            for (int i = 1; i <= 25; i++) {
                conversation = log.recordInbound(customer, new InboundMessage(owner.companyId(), channel, "wamid.R" + i,
                        "34600000001", null, "Ana", Instant.now(), "text", "message " + i, Map.of())).conversationId();
            }
            List<MessageView> first = log.recent(conversation, 25, 20);
            assertThat(first).extracting(MessageView::text).first().isEqualTo("message 6");
            assertThat(first).extracting(MessageView::text).last().isEqualTo("message 25");
            String key = "ctx:" + owner.companyId() + ":" + conversation;
            assertThat(redis.opsForList().size(key)).isEqualTo(25);
            assertThat(redis.getExpire(key)).isPositive();

            log.recordInbound(customer, new InboundMessage(owner.companyId(), channel, "wamid.R26", "34600000001", null,
                    "Ana", Instant.now(), "text", "message 26", Map.of()));
            mongo.getCollection("message_blocks").deleteMany(new Document("conversationId", conversation.toString()));
            assertThat(log.recent(conversation, 26, 3)).extracting(MessageView::text)
                    .containsExactly("message 24", "message 25", "message 26");

            redis.delete(key);
            assertThat(log.recent(conversation, 26, 3)).isEmpty();
        });
    }
}
