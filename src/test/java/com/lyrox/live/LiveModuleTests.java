package com.lyrox.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.lyrox.billing.QuotaThresholdReached;
import com.lyrox.bookings.BookingLimitReached;
import com.lyrox.conversations.Author;
import com.lyrox.payments.PaymentMismatched;
import com.lyrox.payments.PaymentProvider;
import com.lyrox.conversations.ConversationStatus;
import com.lyrox.conversations.ConversationUpdated;
import com.lyrox.conversations.ConversationView;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.DeliveryStatusChanged;
import com.lyrox.conversations.Direction;
import com.lyrox.conversations.MessageRecorded;
import com.lyrox.conversations.MessageView;
import com.lyrox.platform.AccessTokens;
import com.lyrox.platform.ApiKeyAuthenticator;
import com.lyrox.platform.Role;
import com.lyrox.support.LiveClient;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The live module alone, on the real Redis and a real WebSocket: the other modules' events
 * become the dashboard's frames, in the formats it reads, for the company they name only, and
 * in the order they were raised.
 */
@ApplicationModuleTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveModuleTests {

    static final Duration PATIENCE = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    private final AccessTokens tokens;
    private final ApplicationEventPublisher events;
    private final RedisConnectionFactory redis;
    private final List<LiveClient> clients = new ArrayList<>();

    LiveModuleTests(AccessTokens tokens, ApplicationEventPublisher events, RedisConnectionFactory redis) {
        this.tokens = tokens;
        this.events = events;
        this.redis = redis;
    }

    /** Sign-in is another module's: no API key is known here. */
    @TestConfiguration
    static class NoApiKeys {
        @Bean
        ApiKeyAuthenticator noApiKeys() {
            return rawKey -> Optional.empty();
        }
    }

    @AfterEach
    void disconnect() {
        clients.forEach(LiveClient::close);
    }

    @Test
    void eachEventBecomesAFrameOnItsCompanysStreamsOnly() throws Exception {
        UUID company = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        LiveClient mine = connect(company);
        LiveClient stranger = connect(UUID.randomUUID());

        events.publishEvent(new MessageRecorded(company, conversation, message(7)));
        events.publishEvent(new DeliveryStatusChanged(company, conversation, "wamid.7", DeliveryStatus.READ, null, null));
        events.publishEvent(new ConversationUpdated(company, conversation, conversationView(conversation)));
        events.publishEvent(new QuotaThresholdReached(company, 80, 80, 100));
        events.publishEvent(new BookingLimitReached(company, "PROFESSIONAL", 200));
        UUID sale = UUID.randomUUID();
        events.publishEvent(new PaymentMismatched(company, sale, PaymentProvider.STRIPE, "evt_1", new BigDecimal("98.00"), "USD",
                new BigDecimal("90.00"), "USD"));

        DocumentContext message = mine.frame("message", PATIENCE);
        assertThat(message.<String>read("$.conversationId")).isEqualTo(conversation.toString());
        assertThat(message.<Map<String, Object>>read("$.payload")).containsEntry("id", "wamid.7")
                .containsEntry("seq", 7).containsEntry("direction", "OUTBOUND").containsEntry("author", "AI")
                .containsEntry("text", "Son 78 USD").containsEntry("status", "SENT");
        assertThat(message.<Map<String, Object>>read("$")).doesNotContainKey("companyId");
        DocumentContext status = mine.frame("status", PATIENCE);
        assertThat(status.<Map<String, Object>>read("$.payload")).containsEntry("messageId", "wamid.7")
                .containsEntry("status", "READ").doesNotContainKeys("errorCode", "errorMessage");
        DocumentContext updated = mine.frame("conversation", PATIENCE);
        assertThat(updated.<String>read("$.payload.status")).isEqualTo("HUMAN_HANDLING");
        assertThat(updated.<String>read("$.payload.lastMessageDirection")).isEqualTo("OUTBOUND");
        DocumentContext notice = mine.frame("notice", PATIENCE);
        assertThat(notice.<Map<String, Object>>read("$.payload")).containsEntry("kind", "ai-quota")
                .containsEntry("percent", 80).containsEntry("used", 80).containsEntry("limit", 100);
        DocumentContext bookingLimit = mine.frame("notice",
                frame -> "booking-limit".equals(frame.read("$.payload.kind")), PATIENCE);
        assertThat(bookingLimit.<Map<String, Object>>read("$.payload")).containsEntry("kind", "booking-limit")
                .containsEntry("plan", "PROFESSIONAL").containsEntry("limit", 200);
        DocumentContext mismatch = mine.frame("notice", frame -> "payment-mismatch".equals(frame.read("$.payload.kind")), PATIENCE);
        assertThat(mismatch.<Map<String, Object>>read("$.payload")).containsEntry("saleId", sale.toString())
                .containsEntry("provider", "STRIPE").containsEntry("expected", "98.00 USD").containsEntry("received", "90.00 USD");

        assertThat(stranger.everythingAfter(Duration.ofMillis(500)))
                .allSatisfy(frame -> assertThat(frame).contains("\"connected\""));
    }

    @Test
    void theFramesOfABurstLeaveInTheOrderItsMessagesWereRecorded() {
        UUID company = UUID.randomUUID();
        UUID conversation = UUID.randomUUID();
        List<Long> published = new CopyOnWriteArrayList<>();
        RedisMessageListenerContainer channel = new RedisMessageListenerContainer();
        channel.setConnectionFactory(redis);
        channel.setTaskExecutor(new SyncTaskExecutor());
        channel.addMessageListener((frame, pattern) -> published.add(
                JsonPath.parse(new String(frame.getBody(), StandardCharsets.UTF_8)).read("$.payload.seq", Long.class)),
                new ChannelTopic(LiveChannels.of(company)));
        channel.afterPropertiesSet();
        channel.start();
        try {
            await().atMost(PATIENCE).until(() -> {
                events.publishEvent(new MessageRecorded(company, conversation, message(0)));
                return !published.isEmpty();
            });

            LongStream.rangeClosed(1, 200).forEach(seq ->
                    events.publishEvent(new MessageRecorded(company, conversation, message(seq))));

            // Probes (seq 0) may still be arriving; the burst's frames are the others.
            await().atMost(PATIENCE).until(() -> published.stream().filter(seq -> seq > 0).count() >= 200);
            assertThat(published.stream().filter(seq -> seq > 0))
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, 200).boxed().toList());
        } finally {
            channel.stop();
        }
    }

    private LiveClient connect(UUID company) {
        LiveClient client = LiveClient.connect(port, tokens.issue(UUID.randomUUID(), company, Role.OWNER).value());
        clients.add(client);
        client.frame("connected", PATIENCE);
        return client;
    }

    private static MessageView message(long seq) {
        return new MessageView("wamid." + seq, seq, Direction.OUTBOUND, Author.AI, "text", "Son 78 USD", Map.of(),
                Instant.parse("2026-12-05T10:00:00Z"), DeliveryStatus.SENT, null, null, Map.of());
    }

    private static ConversationView conversationView(UUID id) {
        return new ConversationView(id, UUID.randomUUID(), null, "+5491155550001", "Lucía", "LEAD", List.of(),
                ConversationStatus.HUMAN_HANDLING, "Taken over by the team", null, null, null, 7, 3, 4, 0,
                "Son 78 USD", Direction.OUTBOUND, Instant.parse("2026-12-05T10:00:00Z"),
                Instant.parse("2026-12-05T09:59:00Z"), false, Instant.parse("2026-12-05T09:00:00Z"));
    }
}
