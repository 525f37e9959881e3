package com.lyrox.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.IsolatedApp;
import com.lyrox.support.OpenAiStub;
import com.lyrox.support.WhatsAppFixture;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sales agent on an OpenAI-compatible server (a local stub speaking OpenAI's wire format)
 * over the real message path: tool calls run on the server, a company's own model and
 * temperature are the ones asked, and a server that keeps failing leaves the customer with
 * an apology and a person.
 */
class OpenAiSalesConversationTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String CUSTOMER = "5491155550000";
    static OpenAiStub openai;
    static GraphStub graph;
    static IsolatedApp app;

    Api api;
    WhatsAppFixture whatsapp;
    String planId;

    @BeforeAll
    static void startTheAppOnTheStub() {
        openai = new OpenAiStub();
        graph = new GraphStub();
        // A longer reclaim limit than the other tests' leaves the model's retries time to run once.
        app = IsolatedApp.start(Path.of("target", "test-data", "embedded-openai"), Map.of(
                "lyrox.agents.provider", "openai",
                "lyrox.agents.openai.api-key", "sk-stub",
                "lyrox.agents.openai.base-url", openai.baseUrl(),
                "lyrox.whatsapp.reclaim-after", "30s"));
    }

    @AfterAll
    static void stop() {
        app.close();
        openai.close();
        graph.close();
    }

    @BeforeEach
    void connectACoachWithAProduct() {
        openai.reset();
        api = app.api();
        whatsapp = WhatsAppFixture.connect(api, graph);
        planId = api.post("/api/v1/products", token(), Map.of("name", "Plan Personalizado", "price", "98.00",
                "currency", "USD", "paymentLink", "https://pay.example/plan")).text("$.id");
    }

    @Test
    void aToolCallThenTheModelsAnswerReachTheCustomerAndASaleIsPending() {
        String answer = "¡Excelente decisión! Aquí tienes el enlace para pagar el Plan Personalizado: https://pay.example/plan";
        openai.then(OpenAiStub.toolCall("call_1", "send_payment_link", "{\"product_id\":\"" + planId + "\"}"),
                OpenAiStub.text(answer, 400, 60));

        assertThat(say("wamid.O1", "Quiero el plan personalizado")).isEqualTo(answer);

        List<OpenAiStub.Call> calls = openai.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).authorization()).isEqualTo("Bearer sk-stub");
        assertThat(calls.get(0).json().<String>read("$.model")).isEqualTo("gpt-4o-mini");
        assertThat(calls.get(0).json().<String>read("$.messages[0].content")).contains(planId, "Plan Personalizado");
        assertThat(calls.get(0).json().<List<String>>read("$.tools[*].function.name")).contains("send_payment_link");
        assertThat(calls.get(1).json().<String>read("$.messages[-1].role")).isEqualTo("tool");
        assertThat(calls.get(1).json().<String>read("$.messages[-1].tool_call_id")).isEqualTo("call_1");
        assertThat(calls.get(1).json().<String>read("$.messages[-1].content")).contains("https://pay.example/plan", "98 USD");

        String customerId = api.get("/api/v1/customers?search=" + CUSTOMER, token()).text("$.items[0].id");
        var sales = api.get("/api/v1/sales?customerId=" + customerId, token());
        assertThat((Integer) sales.read("$.total")).isEqualTo(1);
        assertThat(sales.text("$.items[0].paymentStatus")).isEqualTo("PENDING");
        assertThat(sales.text("$.items[0].amount")).isEqualTo("98.00");
        String conversation = api.get("/api/v1/conversations", token()).text("$.items[0].id");
        var reply = api.get("/api/v1/conversations/" + conversation + "/messages", token());
        assertThat(reply.text("$.items[0].metadata.model")).isEqualTo("gpt-4o-mini");
        assertThat((Integer) reply.read("$.items[0].metadata.tokensIn")).isEqualTo(550);
        assertThat((Integer) reply.read("$.items[0].metadata.tokensOut")).isEqualTo(80);
        assertThat(reply.body().<List<String>>read("$.items[0].metadata.tools")).containsExactly("send_payment_link");
    }

    @Test
    void theSearchToolHandsTheModelOnlyThisCompanysPassages() {
        WhatsAppFixture other = WhatsAppFixture.connect(api, graph);
        addReadyFaq(other.owner().accessToken(), "¿Tienen estacionamiento?", "No, solo en la calle 99, clave zanahoria.");
        addReadyFaq(token(), "¿Tienen estacionamiento?", "Sí, estacionamiento gratuito para clientes en la calle 8.");
        String answer = "¡Sí! Tenemos estacionamiento gratuito en la calle 8.";
        openai.then(OpenAiStub.toolCall("call_k", "search", "{\"query\":\"¿Tienen estacionamiento?\"}"),
                OpenAiStub.text(answer));

        assertThat(say("wamid.O4", "¿Tienen estacionamiento?")).isEqualTo(answer);

        List<OpenAiStub.Call> calls = openai.calls();
        assertThat(calls.get(0).json().<String>read("$.messages[0].content")).contains("never name documents or sources");
        String results = calls.get(1).json().read("$.messages[-1].content");
        assertThat(results).contains("estacionamiento gratuito para clientes en la calle 8", "\"source\":\"¿Tienen estacionamiento?\"")
                .doesNotContain("zanahoria");
    }

    private void addReadyFaq(String token, String question, String answer) {
        String id = api.post("/api/v1/knowledge/faqs", token, Map.of("question", question, "answer", answer)).text("$.id");
        await().atMost(PATIENCE).until(() -> "READY".equals(api.get("/api/v1/knowledge/faqs/" + id, token).text("$.status")));
    }

    @Test
    void aCompanysOwnModelAndTemperatureAreTheOnesAsked() {
        Map<String, Object> profile = Map.of("name", "Coach", "language", "es", "timezone", "UTC", "plan", "FREE",
                "aiModel", "gpt-4.1", "aiTemperature", 0.9);
        assertThat(api.put("/api/v1/company", token(), profile).status()).isEqualTo(200);
        openai.then(OpenAiStub.text("¡Hola! ¿En qué te ayudo?"));

        assertThat(say("wamid.O2", "Hola")).isEqualTo("¡Hola! ¿En qué te ayudo?");

        assertThat(openai.calls().get(0).json().<String>read("$.model")).isEqualTo("gpt-4.1");
        assertThat(openai.calls().get(0).json().<Double>read("$.temperature")).isEqualTo(0.9);
        String conversation = api.get("/api/v1/conversations", token()).text("$.items[0].id");
        assertThat(api.get("/api/v1/conversations/" + conversation + "/messages", token()).text("$.items[0].metadata.model"))
                .isEqualTo("gpt-4.1");
    }

    @Test
    void whenTheServerKeepsFailingTheCustomerGetsAnApologyAndAPerson() {
        openai.otherwise(OpenAiStub.error(500, "The server had an error while processing your request"));

        assertThat(say("wamid.O3", "Hola, ¿qué planes tienen?"))
                .isEqualTo("Disculpa, tuve un problema para responderte. Una persona del equipo te escribe en breve.");

        assertThat(openai.calls()).hasSize(3);
        String conversation = api.get("/api/v1/conversations", token()).text("$.items[0].id");
        assertThat(api.get("/api/v1/conversations/" + conversation, token()).text("$.status")).isEqualTo("HUMAN_HANDLING");
    }

    @Test
    void theBookingToolsFindHoldAndConfirmASlotOfThisCompanyOnly() {
        String court = courtOf(token());
        String strangersCourt = courtOf(WhatsAppFixture.connect(api, graph).owner().accessToken());
        java.time.ZoneId jakarta = java.time.ZoneId.of("Asia/Jakarta");
        String tomorrowAtSeven = java.time.LocalDate.now(jakarta).plusDays(1).atTime(19, 0).atZone(jakarta).toInstant().toString();
        openai.then(OpenAiStub.toolCall("call_f", "find_slots", "{\"day\":\"tomorrow\",\"time\":\"19:00\"}"),
                OpenAiStub.text("Tengo la cancha a las 19:00, ¿te la reservo?"));

        assertThat(say("wamid.OB1", "¿tienen cancha mañana a las 7?")).isEqualTo("Tengo la cancha a las 19:00, ¿te la reservo?");
        String slots = openai.calls().get(1).json().read("$.messages[-1].content");
        // The three nearest to 19:00, in time order: 18:00, 19:00, 20:00.
        assertThat(slots).contains("{\"option\":2,\"resource\":\"Cancha\",\"resource_id\":\"" + court + "\",\"start\":\"" + tomorrowAtSeven);

        openai.reset();
        openai.then(OpenAiStub.toolCall("call_h", "hold_slot", "{\"option\":2}"),
                OpenAiStub.toolCall("call_c", "confirm_booking", "{}"),
                OpenAiStub.text("¡Listo, reservada!"));
        assertThat(say("wamid.OB2", "sí, la de las 7")).isEqualTo("¡Listo, reservada!");
        assertThat(openai.calls().get(1).json().<String>read("$.messages[-1].content")).contains("\"status\":\"HELD\"");
        assertThat(openai.calls().get(2).json().<String>read("$.messages[-1].content")).contains("\"status\":\"CONFIRMED\"");
        var bookings = api.get("/api/v1/bookings?resourceId=" + court, token());
        assertThat(bookings.text("$.items[0].status")).isEqualTo("CONFIRMED");
        assertThat(bookings.text("$.items[0].start")).isEqualTo(tomorrowAtSeven);

        openai.reset();
        openai.then(OpenAiStub.toolCall("call_x", "hold_slot",
                        "{\"resource_id\":\"" + strangersCourt + "\",\"start\":\"" + tomorrowAtSeven + "\"}"),
                OpenAiStub.text("No pude."));
        assertThat(say("wamid.OB3", "y otra cancha a la misma hora")).isEqualTo("No pude.");
        assertThat(openai.calls().get(1).json().<String>read("$.messages[-1].content")).contains("error");
        assertThat((Integer) api.get("/api/v1/bookings", token()).read("$.total")).isEqualTo(1);
    }

    /** A court open every day from 08:00 to 23:00 in Jakarta; its id. */
    private String courtOf(String token) {
        String id = api.post("/api/v1/resources", token, Map.of("name", "Cancha", "type", "futsal", "price", "150000.00",
                "currency", "IDR", "timezone", "Asia/Jakarta")).text("$.id");
        List<Map<String, String>> hours = java.util.stream.Stream.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                "SATURDAY", "SUNDAY").map(day -> Map.of("dayOfWeek", day, "opens", "08:00", "closes", "23:00")).toList();
        assertThat(api.put("/api/v1/resources/" + id + "/hours", token, hours).status()).isEqualTo(200);
        return id;
    }

    /** The customer writes; answers what the business replied. */
    private String say(String messageId, String text) {
        int before = graph.messages(whatsapp.phoneNumberId()).size();
        assertThat(whatsapp.deliver(whatsapp.text(CUSTOMER, "Lucía", messageId, text)).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() > before);
        List<GraphStub.Call> sent = graph.messages(whatsapp.phoneNumberId());
        return sent.get(sent.size() - 1).json().read("$.text.body");
    }

    private String token() {
        return whatsapp.owner().accessToken();
    }
}
