package com.lyrox.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The embedded default's simulator on the test server's real port: a person writes as a customer of the demo
 * company, the message path answers through the built-in Graph API stand-in over HTTP, and
 * the answer shows on the simulated phone and in the inbox.
 */
@LyroxTest
class SimulatorTests {

    @Autowired
    Api api;

    @Test
    void aSimulatedCustomerGetsTheDemoCompanysAnswerAndTheInboxShowsBothSides() {
        String token = api.login("demo@lyrox.app", "lyrox-demo", null).accessToken();
        var sent = api.post("/api/v1/simulator/messages", token,
                Map.of("phone", "+34600111222", "name", "María", "text", "Hola, ¿cuánto cuesta el plan?"));
        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.text("$.messageId")).startsWith("wamid.");

        var first = api.get("/api/v1/simulator/messages?phone=34600111222", token);
        assertThat(first.status()).as(first.body().jsonString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var inbox = api.get("/api/v1/simulator/messages?phone=34600111222", token);
            assertThat((List<?>) inbox.read("$.items")).hasSize(1);
            assertThat(inbox.text("$.items[0].text")).contains("Plan Personalizado: 98 USD", "Reto Mensual: 78 USD");
        });

        var conversations = api.get("/api/v1/conversations?search=María", token);
        assertThat((Integer) conversations.read("$.total")).isEqualTo(1);
        String id = conversations.text("$.items[0].id");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var messages = api.get("/api/v1/conversations/" + id + "/messages", token);
            assertThat(messages.text("$.items[0].status")).isEqualTo("READ");
            assertThat(messages.text("$.items[1].text")).isEqualTo("Hola, ¿cuánto cuesta el plan?");
        });
    }

    @Test
    void aCompanyWithoutASimulatorChannelIsToldHowToGetOne() {
        var reply = api.post("/api/v1/simulator/messages", api.signUp().accessToken(),
                Map.of("phone", "+34600111222", "name", "María", "text", "hola"));
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.text("$.detail")).contains("/simulator/graph");
    }

    @Test
    void theGraphStandInRefusesAWrongToken() {
        var reply = api.raw(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/simulator/graph/v25.0/100000000000555/messages")
                .header("Authorization", "Bearer forged").contentType("application/json")
                .content("{\"messaging_product\":\"whatsapp\",\"to\":\"34600111222\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}"));
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.text("$.error.code")).isEqualTo("190");
    }
}
