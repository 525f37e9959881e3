package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.lyrox.support.Api.Reply;
import com.lyrox.support.GraphStub;
import com.lyrox.support.IsolatedApp;
import com.lyrox.support.LiveClient;
import com.lyrox.support.WhatsAppFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A store stops under a running application: the webhook answers 503 when it cannot store
 * (Meta delivers again; nothing is acknowledged that was not stored), the API a 503 problem
 * naming the store, and health says which store is DOWN. When the store starts again on its
 * port and files, everything resumes without a restart. The application runs on stores of its own, so stopping them
 * disturbs no other test.
 */
class StoreOutageRecoveryTests {

    private static final Path DATA = Path.of("target", "test-data", "embedded-outage");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Far above the second the webhook is allowed, far below a client's default minute: a hang fails the test. */
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(5);
    private static final String CUSTOMER = "15557650001";

    private static final Log LOG = LogFactory.getLog(StoreOutageRecoveryTests.class);

    private static IsolatedApp app;
    private static GraphStub graph;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(HTTP_TIMEOUT).build();

    @BeforeAll
    static void start() {
        graph = new GraphStub();
        app = IsolatedApp.start(DATA, Map.of("lyrox.demo.enabled", "false"));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        graph.close();
    }

    @Test
    void webhookAnswers503WhileRedisIsDownAndResumesAfter() throws Exception {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(app.api(), graph);
        String token = whatsapp.owner().accessToken();
        String body = whatsapp.text(CUSTOMER, "Lucía", "wamid.REDIS-" + UUID.randomUUID(), "Hola, ¿qué planes tienen?");
        EmbeddedRedisServer redis = EmbeddedServices.of(DATA, false).redis(LOG);
        try (LiveClient live = LiveClient.connect(app.port(), token)) {
            live.frame("connected", PATIENCE);
            whileStopped(redis, () -> {
                assertStoreUnavailable(webhook(whatsapp, body), "Redis");
                assertStoreUnavailable(app.api().get("/api/v1/dead-letters", token), "Redis");
                assertThat(health("redis")).isEqualTo("DOWN");
            });

            await().atMost(PATIENCE).until(() -> webhook(whatsapp, body).statusCode() == 200);
            await().atMost(PATIENCE).until(() -> !graph.messages(whatsapp.phoneNumberId()).isEmpty());
            assertThat(app.api().get("/api/v1/dead-letters", token).status()).isEqualTo(200);
            assertThat(health("redis")).isEqualTo("UP");
            // The dashboard's stream is fed through Redis pub/sub again once the subscription is renewed.
            await().atMost(PATIENCE).untilAsserted(() -> {
                String next = "wamid.REDIS-" + UUID.randomUUID();
                assertThat(webhook(whatsapp, whatsapp.text(CUSTOMER, "Lucía", next, "¿Y el precio?")).statusCode())
                        .isEqualTo(200);
                live.frame("message", frame -> next.equals(frame.read("$.payload.id")), Duration.ofSeconds(3));
            });
        }
    }

    @Test
    void apiAndWebhookAnswer503WhilePostgresIsDownAndResumeAfter() throws Exception {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(app.api(), graph);
        String token = whatsapp.owner().accessToken();
        // A channel never called yet: its route is not in memory, so routing it needs the database.
        String body = whatsapp.text(CUSTOMER, "Marco", "wamid.PG-" + UUID.randomUUID(), "Buenas, ¿tienen planes?");
        EmbeddedPostgresServer postgres = EmbeddedServices.of(DATA, false).postgres(LOG);
        whileStopped(postgres, () -> {
            assertStoreUnavailable(app.api().get("/api/v1/products", token), "PostgreSQL");
            assertStoreUnavailable(webhook(whatsapp, body), "PostgreSQL");
            assertThat(health("db")).isEqualTo("DOWN");
        });

        await().atMost(PATIENCE).until(() -> app.api().get("/api/v1/products", token).status() == 200);
        assertThat(health("db")).isEqualTo("UP");
        await().atMost(PATIENCE).until(() -> webhook(whatsapp, body).statusCode() == 200);
        await().atMost(PATIENCE).until(() -> !graph.messages(whatsapp.phoneNumberId()).isEmpty());
    }

    @Test
    void apiAnswers503WhileMongoIsDownAndAMessageQueuedMeanwhileIsAnsweredAfter() throws Exception {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(app.api(), graph);
        String token = whatsapp.owner().accessToken();
        String body = whatsapp.text(CUSTOMER, "Sara", "wamid.MONGO-" + UUID.randomUUID(), "Hola, ¿cuánto cuesta?");
        EmbeddedMongoServer mongo = EmbeddedServices.of(DATA, false).mongo();
        whileStopped(mongo, () -> {
            // A search reads the documents (a new company's empty inbox list is answered from Redis alone).
            assertStoreUnavailable(app.api().get("/api/v1/conversations?search=Sara", token), "MongoDB");
            assertThat(health("mongo")).isEqualTo("DOWN");
            // The webhook needs Redis and PostgreSQL only: the message is stored in the queue, and its
            // job waits for the conversation store instead of failing.
            assertThat(webhook(whatsapp, body).statusCode()).isEqualTo(200);
            // Time for its job to be taken and to meet the outage: the debounce window, then a server selection.
            Thread.sleep(3_000);
        });

        await().atMost(PATIENCE).until(() -> !graph.messages(whatsapp.phoneNumberId()).isEmpty());
        assertThat(app.api().get("/api/v1/conversations", token).status()).isEqualTo(200);
        assertThat(health("mongo")).isEqualTo("UP");
    }

    /** Runs {@code checks} while {@code store} is stopped, and starts it again whatever they find. */
    private static void whileStopped(StoppableServer store, Checks checks) throws Exception {
        store.stop();
        try {
            checks.run();
        } finally {
            store.restart();
        }
    }

    private interface Checks {
        void run() throws Exception;
    }

    private static void assertStoreUnavailable(HttpResponse<String> response, String store) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(JsonPath.<String>read(response.body(), "$.type")).endsWith("/store-unavailable");
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains(store);
    }

    private static void assertStoreUnavailable(Reply reply, String store) {
        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("Retry-After")).isNotBlank();
        assertThat(reply.text("$.type")).endsWith("/store-unavailable");
        assertThat(reply.text("$.detail")).contains(store);
    }

    private HttpResponse<String> webhook(WhatsAppFixture whatsapp, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base() + "/webhooks/whatsapp"))
                .timeout(HTTP_TIMEOUT)
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", whatsapp.signature(body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A store's status as {@code /actuator/health} reports it to anyone. */
    private String health(String component) throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                .timeout(HTTP_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        return JsonPath.read(health.body(), "$.components." + component + ".status");
    }

    private static String base() {
        return "http://localhost:" + app.port();
    }
}
