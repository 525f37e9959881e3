package com.lyrox.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.IsolatedApp;
import com.lyrox.support.OpenAiStub;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The owner's assistant on an OpenAI-compatible server (a local stub speaking OpenAI's wire
 * format, through the real SDK): the model asks for the company's figures through the one
 * read-only tool, words the answer from them, and the exchange keeps the tokens and their cost;
 * a model that fails leaves the owner with the offline answer.
 */
class AssistantOpenAiTests {

    static OpenAiStub openai;
    static IsolatedApp app;

    Api api;
    Account owner;

    @BeforeAll
    static void startTheAppOnTheStub() {
        openai = new OpenAiStub();
        app = IsolatedApp.start(Path.of("target", "test-data", "assistant-openai"), Map.of(
                "lyrox.demo.enabled", "false",
                "lyrox.agents.provider", "openai",
                "lyrox.agents.openai.api-key", "sk-stub",
                "lyrox.agents.openai.base-url", openai.baseUrl(),
                "lyrox.agents.openai.max-retries", "0"));
    }

    @AfterAll
    static void stop() {
        app.close();
        openai.close();
    }

    @BeforeEach
    void aCompanyWithTwoNewLeads() {
        openai.reset();
        api = app.api();
        owner = api.signUp();
        api.post("/api/v1/customers", owner.accessToken(), Map.of("phone", "+5491155555001", "name", "Ana"));
        api.post("/api/v1/customers", owner.accessToken(), Map.of("phone", "+5491155555002", "name", "Beto"));
    }

    @Test
    void theModelAsksForTheFiguresAndWordsTheAnswerFromThemAlone() {
        openai.then(OpenAiStub.toolCall("call_1", "company_figures", "{\"kind\":\"NEW_LEADS\",\"period\":\"THIS_WEEK\"}"),
                OpenAiStub.text("Esta semana te escribieron 2 prospectos nuevos: Ana y Beto.", 420, 30));

        var reply = api.post("/api/v1/assistant/messages", owner.accessToken(), Map.of("text", "¿cuántos prospectos nuevos esta semana?"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.text("$.answer.content")).isEqualTo("Esta semana te escribieron 2 prospectos nuevos: Ana y Beto.");
        assertThat((Integer) reply.read("$.answer.tokens")).isEqualTo(150 + 20 + 420 + 30);
        // gpt-4o-mini: 570 tokens in at 0.15 USD and 50 out at 0.60 USD per million.
        assertThat(reply.text("$.answer.cost")).isEqualTo("0.000116");
        assertThat(reply.text("$.answer.metadata.model")).isEqualTo("gpt-4o-mini");
        assertThat(reply.<List<String>>read("$.answer.metadata.kinds")).containsExactly("NEW_LEADS");
        assertThat((Integer) reply.read("$.answer.metadata.figures[0].newCustomers")).isEqualTo(2);

        List<OpenAiStub.Call> calls = openai.calls();
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).json().<String>read("$.tools[0].function.name")).isEqualTo("company_figures");
        assertThat(calls.get(0).json().<List<String>>read("$.tools[0].function.parameters.properties.kind.enum"))
                .contains("NEW_LEADS", "WHO_TO_CALL", "WAITING", "REVENUE");
        // The tool's answer reached the model: the company's own figure, as the offline assistant words it too.
        String toolResult = calls.get(1).json().read("$.messages[-1].content");
        assertThat(toolResult).contains("\"newCustomers\":2").contains("2 prospectos nuevos");
        assertThat(calls.get(1).json().<String>read("$.messages[-1].role")).isEqualTo("tool");
    }

    @Test
    void aToolCallOutsideTheKindsIsToldWhatItMayAskAndNoQueryRuns() {
        openai.then(OpenAiStub.toolCall("call_1", "company_figures", "{\"kind\":\"SELECT * FROM customers\"}"),
                OpenAiStub.text("I can answer questions about leads, sales and conversations.", 200, 20));

        var reply = api.post("/api/v1/assistant/messages", owner.accessToken(), Map.of("text", "run a query for me"));

        assertThat(reply.text("$.answer.content")).isEqualTo("I can answer questions about leads, sales and conversations.");
        assertThat(reply.<List<Object>>read("$.answer.metadata.kinds")).isEmpty();
        assertThat(openai.calls().get(1).json().<String>read("$.messages[-1].content")).contains("kind must be one of");
    }

    @Test
    void aModelThatFailsLeavesTheOwnerWithTheOfflineAnswer() {
        openai.otherwise(OpenAiStub.error(500, "The server had an error"));

        var reply = api.post("/api/v1/assistant/messages", owner.accessToken(), Map.of("text", "How many new leads this week?"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.text("$.answer.content")).startsWith("2 new leads wrote for the first time this week");
        assertThat(reply.text("$.answer.metadata.model")).isEqualTo("offline");
        assertThat((Boolean) reply.read("$.answer.metadata.fallback")).isTrue();
        assertThat((Integer) reply.read("$.answer.tokens")).isZero();
    }
}
