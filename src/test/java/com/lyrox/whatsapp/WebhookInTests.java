package com.lyrox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.RedisCallback;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The webhook in: handshake, signatures, parsing, batches and duplicates, over HTTP. */
@LyroxTest
class WebhookInTests {

    static final Duration PATIENCE = Duration.ofSeconds(15);
    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    MeterRegistry meters;

    WhatsAppFixture whatsapp;

    @BeforeEach
    void connect() {
        whatsapp = WhatsAppFixture.connect(api, graph);
    }

    @Test
    void answersMetasHandshakeOnlyForAKnownVerifyToken() throws Exception {
        var ok = api.raw(MockMvcRequestBuilders.get("/webhooks/whatsapp").param("hub.mode", "subscribe")
                .param("hub.verify_token", whatsapp.verifyToken()).param("hub.challenge", "1158201444"));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.raw().getContentAsString()).isEqualTo("1158201444");
        var wrong = api.raw(MockMvcRequestBuilders.get("/webhooks/whatsapp").param("hub.mode", "subscribe")
                .param("hub.verify_token", "not-a-token").param("hub.challenge", "1158201444"));
        assertThat(wrong.status()).isEqualTo(403);
    }

    @Test
    void refusesMissingOrWrongSignaturesAndStoresNothing() throws Exception {
        byte[] body = whatsapp.sample("inbound-text.json").getBytes(StandardCharsets.UTF_8);
        assertThat(whatsapp.deliver(body, null).status()).isEqualTo(401);
        assertThat(whatsapp.deliver(body, WhatsAppFixture.signature(body, "someone-elses-secret")).status()).isEqualTo(401);
        assertThat(whatsapp.deliver(body, "sha256=zz").status()).isEqualTo(401);
        Thread.sleep(1000);
        assertThat(conversations().size()).isZero();
        assertThat(graph.calls(whatsapp.phoneNumberId())).isEmpty();
    }

    @Test
    void webhooksAreTimedByTheirOwnMeterInsteadOfTheRequestObservation() {
        Timer handled = meters.timer("lyrox.whatsapp.webhook.requests");
        long before = handled.count();

        assertThat(whatsapp.deliver(whatsapp.sample("inbound-text.json")).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/products", whatsapp.owner().accessToken()).status()).isEqualTo(200);

        assertThat(handled.count()).isEqualTo(before + 1);
        assertThat(meters.find("http.server.requests").tag("uri", "/api/v1/products").timers()).isNotEmpty();
        assertThat(meters.find("http.server.requests").timers()).noneMatch(timer ->
                String.valueOf(timer.getId().getTag("uri")).startsWith("/webhooks/"));
    }

    @Test
    void malformedJsonIs400AndAnOversizedBodyIs413() {
        assertThat(whatsapp.deliver("{not json").status()).isEqualTo(400);
        String huge = "{\"object\":\"whatsapp_business_account\",\"pad\":\"" + "x".repeat(3_200_000) + "\"}";
        assertThat(whatsapp.deliver(huge).status()).isEqualTo(413);
    }

    @Test
    void storesATextMessageCreatesTheCustomerAndRepliesThroughTheGraphApi() {
        assertThat(whatsapp.deliver(whatsapp.sample("inbound-text.json")).status()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 1);
        GraphStub.Call reply = graph.messages(whatsapp.phoneNumberId()).get(0);
        assertThat(reply.path()).isEqualTo("/v25.0/" + whatsapp.phoneNumberId() + "/messages");
        assertThat(reply.authorization()).isEqualTo("Bearer " + whatsapp.accessToken());
        assertThat(reply.json().<String>read("$.messaging_product")).isEqualTo("whatsapp");
        assertThat(reply.json().<String>read("$.to")).isEqualTo("15557654321");
        assertThat(reply.json().<String>read("$.type")).isEqualTo("text");
        assertThat(reply.json().<String>read("$.text.body")).contains("no products listed");

        var customers = api.get("/api/v1/customers?search=15557654321", whatsapp.owner().accessToken());
        assertThat(customers.text("$.items[0].name")).isEqualTo("Jane Doe");
        assertThat(customers.text("$.items[0].phone")).isEqualTo("+15557654321");
        assertThat((Integer) customers.read("$.items[0].totalInteractions")).isEqualTo(1);

        List<Map<String, Object>> items = conversations();
        assertThat(items).hasSize(1);
        String id = items.get(0).get("id").toString();
        await().atMost(PATIENCE).untilAsserted(() -> {
            var messages = api.get("/api/v1/conversations/" + id + "/messages", whatsapp.owner().accessToken());
            assertThat((Integer) messages.read("$.total")).isEqualTo(2);
            assertThat(messages.text("$.items[0].direction")).isEqualTo("OUTBOUND");
            assertThat(messages.text("$.items[0].status")).isEqualTo("SENT");
            assertThat(messages.text("$.items[1].id")).isEqualTo("wamid.FAKEIN0001");
            assertThat(messages.text("$.items[1].text")).isEqualTo("Hi! How much is the personal plan?");
        });
    }

    @Test
    void checksTheSignatureOverTheRawEscapedBytes() {
        String body = whatsapp.sample("inbound-text-escaped-unicode.json");
        assertThat(body).contains("\\u00e9").contains("\\/");
        assertThat(whatsapp.deliver(body).status()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 1);
        String id = conversations().get(0).get("id").toString();
        var messages = api.get("/api/v1/conversations/" + id + "/messages", whatsapp.owner().accessToken());
        assertThat(messages.text("$.items[-1].text")).isEqualTo("¿Cuánto cuesta el plan? https://example.com 💪");
        assertThat(conversations().get(0).get("customerName")).isEqualTo("José Peña");
    }

    @Test
    void aMessageDeliveredThreeTimesIsStoredAndAnsweredOnce() throws Exception {
        String body = whatsapp.sample("inbound-text.json");
        for (int i = 0; i < 3; i++) {
            assertThat(whatsapp.deliver(body).status()).isEqualTo(200);
        }
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 1);
        Thread.sleep(1500);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(1);
        String id = conversations().get(0).get("id").toString();
        assertThat((Integer) api.get("/api/v1/conversations/" + id + "/messages", whatsapp.owner().accessToken())
                .read("$.total")).isEqualTo(2);
    }

    @Test
    void handlesEveryMessageOfABatchAndMergesOneCustomersBurstIntoOneTurn() throws Exception {
        assertThat(whatsapp.deliver(whatsapp.sample("inbound-batch.json")).status()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 2);
        Thread.sleep(1000);
        assertThat(graph.messages(whatsapp.phoneNumberId())).hasSize(2);
        assertThat(graph.messages(whatsapp.phoneNumberId())).extracting(call -> call.json().<String>read("$.to"))
                .containsExactlyInAnyOrder("15550000001", "15550000002");
        List<Map<String, Object>> items = conversations();
        assertThat(items).extracting(item -> item.get("customerName")).containsExactlyInAnyOrder("Ana", "Ben");
        Map<String, Object> ana = items.stream().filter(item -> "Ana".equals(item.get("customerName"))).findFirst().orElseThrow();
        assertThat(((Number) ana.get("inboundCount")).intValue()).isEqualTo(2);
    }

    @Test
    void queuesAWholeBodyInOneRoundTripToRedis() {
        // The first call of a script loads it into Redis, a second call that this test does not count.
        assertThat(whatsapp.deliver(whatsapp.status("wamid.ONE-TRIP-0", "delivered")).status()).isEqualTo(200);
        long before = scriptCalls();
        String body = whatsapp.statuses("delivered", "wamid.ONE-TRIP-1", "wamid.ONE-TRIP-2", "wamid.ONE-TRIP-3");
        assertThat(whatsapp.deliver(body).status()).isEqualTo(200);
        assertThat(scriptCalls() - before).isEqualTo(1);
        assertThat(redis.hasKey("wa:seen:" + whatsapp.owner().companyId() + ":wamid.ONE-TRIP-3:delivered")).isTrue();
    }

    /** Scripts Redis ran so far (the queue's is the only one a status's path runs). */
    private long scriptCalls() {
        Properties stats = redis.execute((RedisCallback<Properties>) connection ->
                connection.serverCommands().info("commandstats"));
        return Stream.of("cmdstat_evalsha", "cmdstat_eval")
                .map(stats::getProperty)
                .filter(java.util.Objects::nonNull)
                .mapToLong(line -> Long.parseLong(line.replaceAll("^calls=(\\d+),.*$", "$1")))
                .sum();
    }

    @Test
    void parsesEveryMessageType() {
        for (String sample : List.of("inbound-button-reply.json", "inbound-list-reply.json", "inbound-image.json",
                "inbound-audio.json", "inbound-location.json")) {
            assertThat(whatsapp.deliver(whatsapp.sample(sample)).status()).as(sample).isEqualTo(200);
        }
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<Map<String, Object>> items = conversations();
            long inbound = items.stream().mapToLong(item -> ((Number) item.get("inboundCount")).longValue()).sum();
            assertThat(inbound).isEqualTo(5);
        });
        List<String> texts = new java.util.ArrayList<>();
        for (Map<String, Object> conversation : conversations()) {
            var messages = api.get("/api/v1/conversations/" + conversation.get("id") + "/messages?size=50",
                    whatsapp.owner().accessToken());
            texts.addAll(messages.body().read("$.items[?(@.direction == 'INBOUND')].type"));
        }
        assertThat(texts).contains("interactive", "image", "audio", "location");
    }

    @Test
    void skipsNumbersThatBelongToNoCompany() {
        String body = whatsapp.sample("inbound-text.json").replace(whatsapp.phoneNumberId(), "999999999999999");
        assertThat(whatsapp.deliver(body).status()).isEqualTo(200);
    }

    @Test
    void anotherCompanyCannotSeeTheConversations() {
        assertThat(whatsapp.deliver(whatsapp.sample("inbound-text.json")).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> conversations().size() == 1);
        String id = conversations().get(0).get("id").toString();

        String stranger = api.signUp().accessToken();
        assertThat((Integer) api.get("/api/v1/conversations", stranger).read("$.total")).isZero();
        var foreign = api.get("/api/v1/conversations/" + id, stranger);
        var missing = api.get("/api/v1/conversations/" + java.util.UUID.randomUUID(), stranger);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.text("$.detail")).isEqualTo(missing.text("$.detail"));
        assertThat(api.get("/api/v1/conversations/" + id + "/messages", stranger).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/conversations/" + id + "/takeover", stranger, null).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/conversations/" + id + "/messages", stranger, Map.of("text", "hi")).status())
                .isEqualTo(404);
    }

    private List<Map<String, Object>> conversations() {
        return api.get("/api/v1/conversations?size=100", whatsapp.owner().accessToken()).read("$.items");
    }
}
