package com.lyrox.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * The agent's context comes from Redis while cached (one hour), and is rebuilt from MongoDB on a
 * miss. Conversations here stay under ten messages where a test needs the cache to itself, since
 * every tenth message starts a summary that reads (and may rebuild) it too.
 */
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
            Customer ana = new Customer(owner.companyId());
            UUID conversation = null;
            for (int i = 1; i <= 8; i++) {
                conversation = ana.says("message " + i);
            }
            List<MessageView> first = log.recent(conversation, 8, 5);
            assertThat(first).extracting(MessageView::text)
                    .containsExactly("message 4", "message 5", "message 6", "message 7", "message 8");
            String key = key(owner.companyId(), conversation);
            assertThat(redis.opsForList().size(key)).isEqualTo(8);
            assertThat(redis.getExpire(key)).isPositive();

            ana.says("message 9");
            mongo.getCollection("message_blocks").deleteMany(new Document("conversationId", conversation.toString()));
            assertThat(log.recent(conversation, 9, 3)).extracting(MessageView::text)
                    .containsExactly("message 7", "message 8", "message 9");

            redis.delete(key);
            assertThat(log.recent(conversation, 9, 3)).isEmpty();
        });
    }

    @Test
    void aCachedCopyWithAGapIsRebuiltFromMongo() {
        var owner = api.signUp();
        TenantContext.runAs(owner.companyId(), null, () -> {
            Customer ana = new Customer(owner.companyId());
            UUID conversation = null;
            for (int i = 1; i <= 6; i++) {
                conversation = ana.says("message " + i);
            }
            log.recent(conversation, 6, 5);
            String key = key(owner.companyId(), conversation);
            String fifth = redis.opsForList().index(key, 4);
            assertThat(fifth).contains("message 5");
            redis.opsForList().remove(key, 1, fifth);

            assertThat(log.recent(conversation, 6, 3)).extracting(MessageView::text)
                    .containsExactly("message 4", "message 5", "message 6");
            assertThat(redis.opsForList().size(key)).isEqualTo(6);
        });
    }

    @Test
    void aCopyRebuiltWhileMessagesArriveNeverServesAGap() {
        var owner = api.signUp();
        TenantContext.runAs(owner.companyId(), null, () -> {
            Customer ana = new Customer(owner.companyId());
            UUID conversation = ana.says("message 1");
            String key = key(owner.companyId(), conversation);
            AtomicBoolean recording = new AtomicBoolean(true);
            CompletableFuture<Void> rebuilding = CompletableFuture.runAsync(() -> TenantContext.runAs(owner.companyId(), null, () -> {
                while (recording.get()) {
                    redis.delete(key);
                    log.state(conversation).ifPresent(state -> log.recent(conversation, state.messageCount(), 20));
                }
            }));
            try {
                for (long seq = 2; seq <= 60; seq++) {
                    ana.says("message " + seq);
                    assertThat(log.recent(conversation, seq, 5)).extracting(MessageView::seq)
                            .containsExactlyElementsOf(LongStream.rangeClosed(Math.max(1, seq - 4), seq).boxed().toList());
                }
            } finally {
                recording.set(false);
                rebuilding.join();
            }
        });
    }

    private static String key(UUID companyId, UUID conversation) {
        return "ctx:" + companyId + ":" + conversation;
    }

    /** A customer writing to one channel; each message's conversation is returned. */
    private final class Customer {
        private final UUID companyId;
        private final CustomerRef ref = new CustomerRef(UUID.randomUUID(), "+34600000001", "Ana", "LEAD", List.of());
        private final UUID channel = UUID.randomUUID();

        Customer(UUID companyId) {
            this.companyId = companyId;
        }

        UUID says(String text) {
            return log.recordInbound(ref, new InboundMessage(companyId, channel, "wamid." + UUID.randomUUID(),
                    "34600000001", null, "Ana", Instant.now(), "text", text, Map.of())).conversationId();
        }
    }
}
