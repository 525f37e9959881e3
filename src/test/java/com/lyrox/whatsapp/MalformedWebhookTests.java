package com.lyrox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.ObjectMapper;

/**
 * Validly signed bodies whose parts have the wrong shape: the bad parts are skipped and counted,
 * the good parts of the same batch go on, and the webhook never answers 5xx (Meta would
 * redeliver the whole batch for days).
 */
@LyroxTest
class MalformedWebhookTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final GraphStub graph = GraphStub.shared();
    /** One sample of each shape (the other status and media samples differ only in words). */
    static final List<String> SAMPLES = List.of("inbound-text.json", "inbound-batch.json",
            "inbound-button-reply.json", "inbound-list-reply.json", "inbound-image.json", "inbound-location.json",
            "inbound-text-escaped-unicode.json", "status-read.json", "status-failed.json");

    @Autowired
    Api api;

    @Autowired
    ObjectMapper json;

    @Autowired
    MeterRegistry meters;

    @Autowired
    WhatsAppSettings settings;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WhatsAppFixture whatsapp;

    @BeforeEach
    void connect() {
        whatsapp = WhatsAppFixture.connect(api, graph);
    }

    /** Over real HTTP, as Meta sends them: the servlet container reads each body too. */
    @Test
    void thousandsOfMutatedSignedBodiesAreAnswered200AndTheQueueKeepsWorking() throws Exception {
        double skippedBefore = skippedParts();
        WebhookMutations mutations = new WebhookMutations(json, 20261205L);
        int bodies = 0;
        for (String sample : SAMPLES) {
            for (String mutant : mutations.of(whatsapp.sample(sample), 9, 100)) {
                byte[] bytes = mutant.getBytes(StandardCharsets.UTF_8);
                int status = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/webhooks/whatsapp"))
                        .header("Content-Type", "application/json").header("X-Hub-Signature-256", whatsapp.signature(mutant))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                int size = bytes.length;
                assertThat(status).as("%s mutant of %d bytes: %.300s", sample, size, mutant)
                        .isEqualTo(size > settings.maxWebhookBytes() ? 413 : 200);
                bodies++;
            }
        }
        assertThat(bodies).isGreaterThan(3_000);
        assertThat(skippedParts()).isGreaterThan(skippedBefore);

        String fresh = whatsapp.text("15550009999", "After The Storm", "wamid.after-mutants", "hola, precios?");
        assertThat(whatsapp.deliver(fresh).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).stream()
                .anyMatch(call -> "15550009999".equals(call.json().read("$.to"))));
    }

    @Test
    void aBadPartIsSkippedAndCountedWhileTheGoodPartsOfTheBatchAreAnswered() {
        double skippedBefore = skippedParts();
        String batch = whatsapp.sample("inbound-batch.json")
                .replaceFirst("\"id\": ?\"wamid[^\"]*\"", "\"id\":{\"not\":\"a string\"}");
        assertThat(batch).contains("{\"not\":\"a string\"}");

        assertThat(whatsapp.deliver(batch).status()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 2);
        assertThat(skippedParts()).isEqualTo(skippedBefore + 1);
    }

    @Test
    void aMessageWithNoSenderOrAnImpossibleTimestampIsSkippedNotFailed() {
        String noSender = whatsapp.text("15550001234", "Nobody", "wamid.no-sender", "hi")
                .replace("\"from\":\"15550001234\",", "").replace("\"wa_id\":\"15550001234\"", "\"wa_id\":[1]");
        String farFuture = whatsapp.text("15550004321", "Time Traveller", "wamid.far-future", "hi")
                .replace("\"timestamp\":\"1767225600\"", "\"timestamp\":\"99999999999999999999\"");

        assertThat(whatsapp.deliver(noSender).status()).isEqualTo(200);
        assertThat(whatsapp.deliver(farFuture).status()).isEqualTo(200);

        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() == 1);
        assertThat(graph.messages(whatsapp.phoneNumberId()).get(0).json().<String>read("$.to")).isEqualTo("15550004321");
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        for (String body : List.of("{not json", "<xml/>", "\u0000\u0001", "{\"entry\":[}")) {
            var reply = whatsapp.deliver(body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void theHandshakeAnswersTheChallengeAsTextWhateverTheAcceptHeader() throws Exception {
        for (String accept : List.of("application/json", "text/html", "*/*", "application/xml")) {
            var reply = api.raw(MockMvcRequestBuilders.get("/webhooks/whatsapp").header("Accept", accept)
                    .param("hub.mode", "subscribe").param("hub.verify_token", whatsapp.verifyToken())
                    .param("hub.challenge", "1158201444"));
            assertThat(reply.status()).as(accept).isEqualTo(200);
            assertThat(reply.raw().getContentAsString()).isEqualTo("1158201444");
            assertThat(reply.contentType()).startsWith("text/plain");
        }
        var refused = api.raw(MockMvcRequestBuilders.get("/webhooks/whatsapp").header("Accept", "application/json")
                .param("hub.mode", "subscribe").param("hub.verify_token", "wrong").param("hub.challenge", "1"));
        assertThat(refused.status()).isEqualTo(403);
    }

    private double skippedParts() {
        return meters.find("lyrox.whatsapp.webhook.skipped.parts").counters().stream()
                .mapToDouble(Counter::count).sum();
    }
}
