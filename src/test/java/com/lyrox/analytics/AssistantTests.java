package com.lyrox.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner's assistant answers the common questions in Spanish, English and Portuguese from the
 * company's own figures (checked against what the API lists), links the customers and
 * conversations behind them, keeps each exchange with its cost and time, and stops at the plan's
 * questions of the month.
 */
@LyroxTest
class AssistantTests {

    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    private Api.Reply ask(String token, String text) {
        Api.Reply reply = api.post("/api/v1/assistant/messages", token, Map.of("text", text));
        assertThat(reply.status()).as(text).isEqualTo(201);
        return reply;
    }

    private String answer(String token, String text) {
        return ask(token, text).text("$.answer.content");
    }

    @Test
    void theCommonQuestionsAreAnsweredFromTheCompanysFiguresInItsLanguage() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        String token = whatsapp.owner().accessToken();
        UUID plan = api.post("/api/v1/products", token, Api.productBody("Plan Mensual", "49.00")).id();
        // Written now (the fixture's messages carry a fixed day), so that she counts in this week's figures.
        whatsapp.deliver(whatsapp.text("5491155553001", "Lucía", "wamid.AS1", "Hola, ¿cuánto cuesta el plan mensual?")
                .replace("\"timestamp\":\"1767225600\"", "\"timestamp\":\"" + java.time.Instant.now().getEpochSecond() + "\""));
        await().atMost(Duration.ofSeconds(20)).until(() -> !graph.messages(whatsapp.phoneNumberId()).isEmpty());
        String conversation = api.get("/api/v1/conversations", token).text("$.items[0].id");
        api.post("/api/v1/conversations/" + conversation + "/takeover", token, Map.of());
        UUID lucia = UUID.fromString(api.get("/api/v1/customers", token).text("$.items[0].id"));
        UUID pedro = api.post("/api/v1/customers", token, Map.of("phone", "+5491155553002", "name", "Pedro")).id();
        UUID sale = api.post("/api/v1/sales", token, Map.of("customerId", pedro, "productId", plan)).id();
        api.post("/api/v1/sales/" + sale + "/complete", token, Map.of());
        api.post("/api/v1/sales", token, Map.of("customerId", lucia, "productId", plan));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/v1/customers/" + lucia, token).<Map<String, Object>>read("$")).containsKey("score"));

        assertThat(answer(token, "¿cuántos prospectos nuevos esta semana?")).startsWith("2 prospectos nuevos").contains("esta semana");
        assertThat(answer(token, "How many new leads this month?")).startsWith("2 new leads");
        assertThat(answer(token, "quantos leads novos esta semana?")).startsWith("2 novos leads");

        Api.Reply call = ask(token, "who should I call today?");
        assertThat(call.text("$.answer.content")).startsWith("Call these first: Lucía");
        assertThat(call.<List<String>>read("$.answer.metadata.links[*].id")).contains(lucia.toString());
        assertThat(call.text("$.answer.metadata.kind")).isEqualTo("WHO_TO_CALL");

        Api.Reply waiting = ask(token, "¿qué conversaciones esperan a una persona?");
        assertThat(waiting.text("$.answer.content")).startsWith("1 conversación espera a una persona: Lucía");
        assertThat(waiting.<List<String>>read("$.answer.metadata.links[*].type")).containsExactly("conversation");
        assertThat(waiting.<List<String>>read("$.answer.metadata.links[*].id")).containsExactly(conversation);

        assertThat(answer(token, "what sold best this month?")).contains("Plan Mensual: 1 sale, 49.00 USD");
        assertThat(answer(token, "¿cuánto vendí este mes?")).contains("49.00 USD (1 venta)");
        assertThat(answer(token, "quanto vendi hoje?")).startsWith("Você vendeu hoje").contains("49.00 USD");
        assertThat(answer(token, "¿cuál es el ticket promedio de este mes?")).contains("49.00 USD por venta, en 1 venta");
        assertThat(answer(token, "how is the AI doing?")).startsWith("The AI answered 1 messages");
        assertThat(answer(token, "¿cuántas conversaciones pasaron a una persona esta semana?"))
                .matches("\\d+ conversaciones pasaron a una persona esta semana .*, de 1 iniciadas .*");
        assertThat(answer(token, "How many payment links were paid this month?")).startsWith("2 payment links were sent this month")
                .endsWith("and 1 were paid (50%).");
        assertThat(answer(token, "¿cuántos links de pago siguen sin pagar?")).startsWith("1 de los 2 links de pago");
        assertThat(answer(token, "what is my conversion rate this month?")).contains("1 bought (50%)");
        assertThat(answer(token, "¿cuántos clientes tengo?")).startsWith("Tienes 1 clientes que compraron, de 2 personas");
        assertThat(answer(token, "how much of the AI allowance is left?")).startsWith("This month the AI used 1 interactions of 1000");
        assertThat(answer(token, "¿el modelo de puntaje es bueno?")).startsWith("El puntaje todavía usa puntos fijos");
        assertThat(answer(token, "how many conversations this week?")).startsWith("1 new conversations");
        assertThat(answer(token, "ayuda")).startsWith("Puedo responder");
        assertThat(answer(token, "¿cómo está el clima?")).startsWith("Puedo responder");

        Api.Reply exchange = ask(token, "¿cuántos prospectos nuevos hoy?");
        assertThat(exchange.text("$.question.role")).isEqualTo("user");
        assertThat(exchange.text("$.answer.role")).isEqualTo("assistant");
        assertThat(exchange.text("$.answer.cost")).isEqualTo("0");
        assertThat((Integer) exchange.read("$.answer.tokens")).isZero();
        assertThat((Integer) exchange.read("$.answer.latencyMs")).isNotNegative();
        assertThat(exchange.text("$.answer.metadata.model")).isEqualTo("offline");
        var history = api.get("/api/v1/assistant/messages?size=2", token);
        assertThat(history.<List<String>>read("$.items[*].role")).containsExactly("assistant", "user");
        assertThat(history.text("$.items[0].content")).isEqualTo(exchange.text("$.answer.content"));
    }

    @Test
    void anotherCompanysFiguresNeverAppearAndThePlanLimitsTheQuestions() {
        Account busy = api.signUp();
        api.post("/api/v1/customers", busy.accessToken(), Map.of("phone", "+5491155554001", "name", "Ana"));
        Account other = api.signUp();
        assertThat(answer(other.accessToken(), "How many new leads this week?")).startsWith("0 new leads");
        assertThat(answer(other.accessToken(), "who should I call today?")).startsWith("No lead has a score yet");
        assertThat((Integer) api.get("/api/v1/assistant/messages", busy.accessToken()).read("$.total")).isZero();

        // The FREE plan answers 50 questions a month; the company above asked 2.
        for (int i = 2; i < 50; i++) {
            ask(other.accessToken(), "ayuda");
        }
        var refused = api.post("/api/v1/assistant/messages", other.accessToken(), Map.of("text", "ayuda"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("$.detail")).contains("50 questions a month");
        var blank = api.post("/api/v1/assistant/messages", busy.accessToken(), Map.of("text", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.text("$.errors[0].field")).isEqualTo("text");
    }
}
