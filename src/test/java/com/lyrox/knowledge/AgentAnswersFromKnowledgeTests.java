package com.lyrox.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The offline agent over the real message path answers from the company's knowledge base, and only its own. */
@LyroxTest
class AgentAnswersFromKnowledgeTests {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    @Test
    void answersAQuestionFromAFaqAndAsksTheTeamWhenNothingFits() {
        WhatsAppFixture coach = WhatsAppFixture.connect(api, graph);
        addReadyFaq(coach, "¿Tienen estacionamiento?", "Sí: el estudio tiene estacionamiento gratuito para clientes en la calle 8.");
        addReadyDocument(coach, "Refunds", """
                # Refund policy
                If the programme is not for you, ask for a refund within 14 days of paying and we return 100% of it.
                After 14 days there are no refunds, but you can pause your plan once for up to a month.""");

        assertThat(say(coach, "5491100000001", "wamid.K1", "¿Tienen estacionamiento para el auto?"))
                .contains("estacionamiento gratuito", "calle 8").doesNotContain("Tienen estacionamiento?");
        assertThat(say(coach, "5491100000002", "wamid.K2", "What is your refund policy?"))
                .contains("within 14 days").doesNotContain("Refunds\n").endsWith("Can I help you with anything else?");

        assertThat(say(coach, "5491100000003", "wamid.K3", "¿Venden bicicletas de montaña?")).contains("le pregunto al equipo");
        String handedOff = api.get("/api/v1/conversations?search=5491100000003", coach.owner().accessToken()).text("$.items[0].id");
        assertThat(api.get("/api/v1/conversations/" + handedOff, coach.owner().accessToken()).text("$.status"))
                .isEqualTo("HUMAN_HANDLING");
    }

    @Test
    void anotherCompanysAgentNeverAnswersFromThisKnowledgeBase() {
        WhatsAppFixture a = WhatsAppFixture.connect(api, graph);
        WhatsAppFixture b = WhatsAppFixture.connect(api, graph);
        addReadyFaq(a, "¿Cuál es la clave del casillero?", "La clave del casillero es 7788 mandarina.");

        assertThat(say(a, "5491100000010", "wamid.L1", "¿Cuál es la clave del casillero?")).contains("7788 mandarina");
        String answerOfB = say(b, "5491100000011", "wamid.L2", "¿Cuál es la clave del casillero?");
        assertThat(answerOfB).doesNotContain("7788", "mandarina").contains("le pregunto al equipo");
    }

    private void addReadyFaq(WhatsAppFixture company, String question, String answer) {
        UUID id = api.post("/api/v1/knowledge/faqs", company.owner().accessToken(),
                Map.of("question", question, "answer", answer)).id();
        awaitReady(company, "/api/v1/knowledge/faqs/" + id);
    }

    private void addReadyDocument(WhatsAppFixture company, String title, String text) {
        UUID id = api.post("/api/v1/knowledge/documents", company.owner().accessToken(),
                Map.of("title", title, "text", text)).id();
        awaitReady(company, "/api/v1/knowledge/documents/" + id);
    }

    private void awaitReady(WhatsAppFixture company, String path) {
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(api.get(path, company.owner().accessToken()).text("$.status")).isEqualTo("READY"));
    }

    /** The customer writes; answers what the business replied. */
    private String say(WhatsAppFixture company, String customer, String messageId, String text) {
        int before = graph.messages(company.phoneNumberId()).size();
        assertThat(company.deliver(company.text(customer, "Ana", messageId, text)).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messages(company.phoneNumberId()).size() > before);
        List<GraphStub.Call> sent = graph.messages(company.phoneNumberId());
        GraphStub.Call last = sent.get(sent.size() - 1);
        return "interactive".equals(last.json().read("$.type")) ? last.json().read("$.interactive.body.text")
                : last.json().read("$.text.body");
    }
}
