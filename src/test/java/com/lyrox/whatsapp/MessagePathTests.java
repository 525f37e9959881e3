package com.lyrox.whatsapp;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.CustomerRef;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.conversations.OutboundMessage;
import com.lyrox.conversations.RecordedMessage;
import com.lyrox.customers.CustomerContact;
import com.lyrox.customers.CustomerDirectory;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.connection.stream.PendingMessage;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** After the webhook: statuses, Graph API failures, opt-out, handoff, rate limit, crashes and poison jobs. */
@LyroxTest
class MessagePathTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String CUSTOMER = "15557654321";
    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    ConversationLog log;

    @Autowired
    CustomerDirectory customers;

    @Autowired
    DataSource dataSource;

    WhatsAppFixture whatsapp;

    @BeforeEach
    void connect() {
        whatsapp = WhatsAppFixture.connect(api, graph);
    }

    @Test
    void theWorkersReadTheQueueOverOneLastingConnection() throws Exception {
        long before = connectionsReceived();
        Thread.sleep(3_500);
        assertThat(connectionsReceived() - before).isLessThanOrEqualTo(1);
    }

    private long connectionsReceived() {
        return Long.parseLong(redis.execute((RedisCallback<java.util.Properties>) connection ->
                connection.serverCommands().info("stats")).getProperty("total_connections_received"));
    }

    @Test
    void statusesMoveForwardOnlyAndFailuresKeepTheirError() {
        String conversation = converse("wamid.S1", "hola");
        String sent = outbound(conversation).get(0).get("id").toString();

        whatsapp.deliver(whatsapp.status(sent, "read"));
        whatsapp.deliver(whatsapp.status(sent, "delivered"));
        whatsapp.deliver(whatsapp.status(sent, "sent"));
        await().atMost(PATIENCE).until(() -> "READ".equals(outbound(conversation).get(0).get("status")));
        sleep(1000);
        assertThat(outbound(conversation).get(0).get("status")).isEqualTo("READ");

        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.S2", "otra pregunta"));
        await().atMost(PATIENCE).until(() -> outbound(conversation).size() == 2);
        String second = outbound(conversation).get(0).get("id").toString();
        whatsapp.deliver(whatsapp.status(second, "failed").replace("\"recipient_id\"",
                "\"errors\":[{\"code\":131026,\"title\":\"Message undeliverable\",\"error_data\":{\"details\":\"Receiver is incapable\"}}],\"recipient_id\""));
        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, Object> failed = outbound(conversation).get(0);
            assertThat(failed.get("status")).isEqualTo("FAILED");
            assertThat(failed.get("errorCode")).isEqualTo(131026);
            assertThat(failed.get("errorMessage")).isEqualTo("Receiver is incapable");
        });
    }

    @Test
    void aStatusThatOvertakesItsMessageIsAppliedOnceTheMessageIsRecorded() {
        String conversation = converse("wamid.E1", "hola");
        whatsapp.deliver(whatsapp.status("wamid.EARLY", "delivered"));
        sleep(300);
        TenantContext.runAs(whatsapp.owner().companyId(), null, () -> log.recordOutbound(UUID.fromString(conversation),
                Author.HUMAN, OutboundMessage.text("sent from elsewhere"), "wamid.EARLY", DeliveryStatus.SENT, null, null));

        await().atMost(PATIENCE).until(() -> "DELIVERED".equals(outbound(conversation).get(0).get("status")));
        assertThat(outbound(conversation).get(0).get("id")).isEqualTo("wamid.EARLY");
    }

    @Test
    void retriesRateLimitsAndServerErrorsThenSendsOnce() {
        graph.failNext(whatsapp.phoneNumberId(), 429, 130429).failNext(whatsapp.phoneNumberId(), 500, 131000);
        String conversation = converse("wamid.R1", "hola");
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(3);
        assertThat(outbound(conversation)).hasSize(1);
        assertThat(outbound(conversation).get(0).get("status")).isEqualTo("SENT");
    }

    @Test
    void aClosedWindowIsNotRetriedAndFlagsTheConversation() {
        graph.failNext(whatsapp.phoneNumberId(), 400, 131047);
        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.W1", "hola"));
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 1);
        String conversation = conversationId();
        await().atMost(PATIENCE).untilAsserted(() -> {
            var view = api.get("/api/v1/conversations/" + conversation, token());
            assertThat((Boolean) view.read("$.needsTemplate")).isTrue();
            assertThat(outbound(conversation).get(0).get("errorCode")).isEqualTo(131047);
        });
        sleep(500);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(1);

        var template = api.post("/api/v1/conversations/" + conversation + "/template", token(),
                Map.of("name", "seguimiento_plan", "language", "es"));
        assertThat(template.status()).isEqualTo(201);
        GraphStub.Call sent = graph.messages(whatsapp.phoneNumberId()).get(1);
        assertThat(sent.json().<String>read("$.type")).isEqualTo("template");
        assertThat(sent.json().<String>read("$.template.name")).isEqualTo("seguimiento_plan");
        assertThat(sent.json().<String>read("$.template.language.code")).isEqualTo("es");

        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.W2", "¡hola de nuevo!"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                (Boolean) api.get("/api/v1/conversations/" + conversation, token()).read("$.needsTemplate")).isFalse());
    }

    @Test
    void anExpiredTokenMarksTheChannelDisconnected() {
        graph.failNext(whatsapp.phoneNumberId(), 401, 190);
        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.T1", "hola"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                api.get("/api/v1/channels/" + whatsapp.channelId(), token()).text("$.status")).isEqualTo("DISCONNECTED"));
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(1);
    }

    @Test
    void stopSilencesTheCustomerUntilTheyWriteAltaAgain() {
        converse("wamid.O1", "STOP");
        assertThat(lastSentText()).contains("ALTA");
        var customer = api.get("/api/v1/customers?search=" + CUSTOMER, token());
        assertThat((Boolean) customer.read("$.items[0].optedOut")).isTrue();

        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.O2", "hola?"));
        sleep(1500);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(1);

        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.O3", "alta"));
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 2);
        assertThat(lastSentText()).contains("Bienvenido");
        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.O4", "quiero el plan"));
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 3);
    }

    @Test
    void aPersonTakesOverRepliesAndHandsBack() {
        String conversation = converse("wamid.H1", "hola");
        assertThat(api.post("/api/v1/conversations/" + conversation + "/takeover", token(), null).text("$.status"))
                .isEqualTo("HUMAN_HANDLING");

        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.H2", "¿hay alguien?"));
        sleep(1500);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(1);

        var reply = api.post("/api/v1/conversations/" + conversation + "/messages", token(), Map.of("text", "Soy Emilio, dime."));
        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.text("$.author")).isEqualTo("HUMAN");
        assertThat(lastSentText()).isEqualTo("Soy Emilio, dime.");

        assertThat(api.post("/api/v1/conversations/" + conversation + "/handback", token(), null).text("$.status"))
                .isEqualTo("AI_ACTIVE");
        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.H3", "gracias"));
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 3);

        var viewer = api.member(whatsapp.owner(), "VIEWER");
        assertThat(api.post("/api/v1/conversations/" + conversation + "/messages", viewer.accessToken(),
                Map.of("text", "x")).status()).isEqualTo(403);
        assertThat(api.post("/api/v1/conversations/" + conversation + "/read", token(), null).text("$.unreadCount"))
                .isEqualTo("0");
        assertThat(api.post("/api/v1/conversations/" + conversation + "/close", token(), null).text("$.status"))
                .isEqualTo("CLOSED");
    }

    @Test
    void theInboxShowsTheCustomersCurrentStageAndTags() {
        String conversation = converse("wamid.ST1", "hola");
        String customer = api.get("/api/v1/conversations/" + conversation, token()).text("$.customerId");

        assertThat(api.patch("/api/v1/customers/" + customer + "/stage", token(), Map.of("stage", "QUALIFIED")).status())
                .isEqualTo(200);
        // The copy follows once the change has committed, on another thread.
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                api.get("/api/v1/conversations/" + conversation, token()).text("$.stage")).isEqualTo("QUALIFIED"));
        assertThat((Integer) api.get("/api/v1/conversations?stage=QUALIFIED", token()).read("$.total")).isEqualTo(1);

        Map<String, Object> write = new HashMap<>(Map.of("phone", "+" + CUSTOMER, "name", "Jane Roe",
                "stage", "CUSTOMER", "tags", List.of("vip")));
        assertThat(api.put("/api/v1/customers/" + customer, token(), write).status()).isEqualTo(200);
        await().atMost(PATIENCE).untilAsserted(() -> {
            var view = api.get("/api/v1/conversations/" + conversation, token());
            assertThat(view.text("$.stage")).isEqualTo("CUSTOMER");
            assertThat(view.text("$.customerName")).isEqualTo("Jane Roe");
            assertThat(view.<List<String>>read("$.tags")).containsExactly("vip");
        });
    }

    @Test
    void messagesOverTheRateLimitAreKeptAndAnsweredWithTheNextTurn() {
        String conversation = converse("wamid.L1", "hola");
        String key = "rl:" + whatsapp.owner().companyId() + ":+" + CUSTOMER;
        redis.opsForValue().set(key, "10", Duration.ofMinutes(1));

        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.L2", "uno más"));
        await().atMost(PATIENCE).until(() -> inboundCount(conversation) == 2);
        sleep(1500);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(1);

        redis.delete(key);
        whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.L3", "¿sigues ahí?"));
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 2);
        sleep(1000);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(2);
    }

    @Test
    void aJobWhoseWorkerDiedIsReclaimedAndAnsweredOnce() {
        String job = """
                {"companyId":"%s","channelId":"%s","messageId":"wamid.CRASH1","waId":"%s","userId":null,\
                "profileName":"Jane","sentAt":"2026-11-22T10:00:00Z","type":"text","text":"hola","content":{"body":"hola"}}"""
                .formatted(whatsapp.owner().companyId(), whatsapp.channelId(), CUSTOMER);
        Long taken = redis.execute(new DefaultRedisScript<>("""
                redis.call('XADD', KEYS[1], '*', 'kind', 'message', 'companyId', ARGV[1], 'payload', ARGV[2])
                local read = redis.call('XREADGROUP', 'GROUP', 'workers', 'crashed-worker', 'COUNT', 1, 'STREAMS', KEYS[1], '>')
                return #read[1][2]""", Long.class), List.of("wa:inbound"), whatsapp.owner().companyId().toString(), job);
        assertThat(taken).isEqualTo(1L);

        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 1);
        sleep(1500);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(1);
    }

    @Test
    void aTurnClaimedByAWorkerThatDiedBeforeReplyingIsAnsweredOnceWhenItsJobIsReclaimed() {
        diedAfterClaiming("wamid.CLAIMED1", false);

        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 1);
        sleep(1500);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(1);
        assertThat(outbound(conversationId())).hasSize(1);
    }

    @Test
    void aTurnWhoseReplyHadStartedGoingOutIsNotAnsweredAgainWhenItsJobIsReclaimed() {
        diedAfterClaiming("wamid.CLAIMED2", true);

        await().atMost(PATIENCE).until(() -> redis.opsForStream().pending("wa:inbound", "workers").getTotalPendingMessages() == 0);
        assertThat(graph.messages(whatsapp.phoneNumberId())).isEmpty();
    }

    /**
     * What a worker killed mid-turn leaves: the message recorded, the turn claimed (and the reply
     * started, or not), the job taken by a consumer that never acknowledges it.
     */
    private void diedAfterClaiming(String messageId, boolean replyStarted) {
        InboundMessage message = new InboundMessage(whatsapp.owner().companyId(), UUID.fromString(whatsapp.channelId()),
                messageId, CUSTOMER, null, "Jane", Instant.parse("2026-11-22T10:00:00Z"), "text", "hola",
                Map.of("body", "hola"));
        TenantContext.runAs(whatsapp.owner().companyId(), null, () -> {
            CustomerContact customer = customers.recordContact("+" + CUSTOMER, null, "Jane", message.sentAt());
            RecordedMessage recorded = log.recordInbound(new CustomerRef(customer.id(), customer.phone(), customer.name(),
                    customer.stage().name(), customer.tags()), message);
            assertThat(log.claimTurn(recorded.conversationId(), recorded.seq())).isPresent();
            if (replyStarted) {
                log.replyingTo(recorded.conversationId(), recorded.seq());
            }
        });
        String job = """
                {"companyId":"%s","channelId":"%s","messageId":"%s","waId":"%s","userId":null,\
                "profileName":"Jane","sentAt":"2026-11-22T10:00:00Z","type":"text","text":"hola","content":{"body":"hola"}}"""
                .formatted(whatsapp.owner().companyId(), whatsapp.channelId(), messageId, CUSTOMER);
        redis.execute(new DefaultRedisScript<>("""
                redis.call('XADD', KEYS[1], '*', 'kind', 'message', 'companyId', ARGV[1], 'payload', ARGV[2])
                local read = redis.call('XREADGROUP', 'GROUP', 'workers', 'worker-died-mid-turn', 'COUNT', 1, 'STREAMS', KEYS[1], '>')
                return #read[1][2]""", Long.class), List.of("wa:inbound"), whatsapp.owner().companyId().toString(), job);
    }

    @Test
    void aJobSlowerThanTheReclaimDelayIsNotTakenOverWhileItsWorkerLives() throws Exception {
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement statement = blocker.createStatement()) {
                statement.execute("lock table customers in share row exclusive mode");
            }
            whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", "wamid.SLOW1", "hola, ¿precio?"));
            sleep(5_000); // the job waits on the customer row, past the 3 s after which a silent job is reclaimed
            assertThat(redis.opsForStream().pending("wa:inbound", "workers", Range.unbounded(), 10))
                    .extracting(PendingMessage::getTotalDeliveryCount).containsExactly(1L);
            blocker.commit();
        }
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 1);
        String conversation = conversationId();
        await().atMost(PATIENCE).until(() -> !outbound(conversation).isEmpty());
        sleep(1500);
        var messages = api.get("/api/v1/conversations/" + conversation + "/messages?size=50", token());
        assertThat((Integer) messages.read("$.total")).isEqualTo(2);
        assertThat((List<?>) messages.read("$.items")).hasSize(2);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(1);
    }

    @Test
    void aJobThatKeepsFailingGoesToTheDeadLetters() {
        redis.opsForStream().add("wa:inbound", Map.of("kind", "message",
                "companyId", whatsapp.owner().companyId().toString(), "payload", "{not a job"));

        await().atMost(PATIENCE).untilAsserted(() -> {
            var letters = api.get("/api/v1/dead-letters", token());
            assertThat((Integer) letters.read("$.total")).isEqualTo(1);
            assertThat(letters.text("$.items[0].payload")).isEqualTo("{not a job");
            assertThat((Integer) letters.read("$.items[0].attempts")).isGreaterThanOrEqualTo(2);
        });
        assertThat((Integer) api.get("/api/v1/dead-letters", api.signUp().accessToken()).read("$.total")).isZero();
        var agent = api.member(whatsapp.owner(), "AGENT");
        assertThat(api.get("/api/v1/dead-letters", agent.accessToken()).status()).isEqualTo(403);
    }

    /** The customer writes; waits for the answer; returns the conversation id. */
    private String converse(String messageId, String text) {
        int before = graph.messages(whatsapp.phoneNumberId()).size();
        assertThat(whatsapp.deliver(whatsapp.text(CUSTOMER, "Jane", messageId, text)).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() > before);
        String conversation = conversationId();
        await().atMost(PATIENCE).until(() -> !outbound(conversation).isEmpty());
        return conversation;
    }

    private String conversationId() {
        await().atMost(PATIENCE).until(() -> (Integer) api.get("/api/v1/conversations", token()).read("$.total") == 1);
        return api.get("/api/v1/conversations", token()).text("$.items[0].id");
    }

    private List<Map<String, Object>> outbound(String conversation) {
        return api.get("/api/v1/conversations/" + conversation + "/messages?size=100", token())
                .read("$.items[?(@.direction == 'OUTBOUND')]");
    }

    private long inboundCount(String conversation) {
        return ((Number) api.get("/api/v1/conversations/" + conversation, token()).read("$.inboundCount")).longValue();
    }

    private String lastSentText() {
        List<GraphStub.Call> sent = graph.messages(whatsapp.phoneNumberId());
        return sent.get(sent.size() - 1).json().read("$.text.body");
    }

    private String token() {
        return whatsapp.owner().accessToken();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
