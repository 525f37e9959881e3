package com.lyrox.agents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lyrox.agents.AgentSettings;
import com.lyrox.agents.internal.ChatModel.ChatMessage;
import com.lyrox.agents.internal.ChatModel.ModelReply;
import com.lyrox.agents.internal.ChatModel.ModelRequest;
import com.lyrox.agents.internal.ChatModel.ToolCall;
import com.lyrox.agents.internal.ChatModel.TurnContext;
import com.lyrox.products.ProductView;
import com.lyrox.support.OpenAiStub;
import com.openai.errors.InternalServerException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAI model through the real SDK against a local server that answers in OpenAI's wire
 * format: what it sends, what it reads back, and how it fails so the agent can fall back.
 */
class OpenAiChatModelTests {

    static final ProductView PLAN = new ProductView(UUID.randomUUID(), "Plan Personalizado", "A tu medida",
            new BigDecimal("98.00"), "USD", "https://pay.example/plan", true, Instant.now(), Instant.now());

    final OpenAiStub server = new OpenAiStub();
    OpenAiChatModel model = model(Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        model.close();
        server.close();
    }

    @Test
    void aBusyMomentReusesTheConnectionsOfTheOneBefore() throws Exception {
        server.otherwise(OpenAiStub.text("Claro.", 10, 2).after(300));
        ExecutorService customers = Executors.newFixedThreadPool(12);
        try {
            for (int wave = 0; wave < 2; wave++) {
                List<Future<ModelReply>> replies = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    replies.add(customers.submit(() -> model.complete(request(List.of(ChatMessage.user("¿Precio?"))))));
                }
                for (Future<ModelReply> reply : replies) {
                    assertThat(reply.get(10, TimeUnit.SECONDS).text()).isEqualTo("Claro.");
                }
            }
        } finally {
            customers.shutdown();
        }
        List<Integer> ports = server.calls().stream().map(OpenAiStub.Call::clientPort).toList();
        assertThat(Set.copyOf(ports.subList(12, 24))).isSubsetOf(Set.copyOf(ports.subList(0, 12)));
    }

    @Test
    void answersWithTextTokensAndTheChoicesItOffers() {
        server.then(OpenAiStub.text("Tenemos dos opciones:\n- Plan Personalizado\n- Reto Mensual\n", 321, 45));

        ModelReply reply = model.complete(request(List.of(ChatMessage.system("Eres el asistente."),
                ChatMessage.user("¿Qué planes tienen?"))));

        assertThat(reply.text()).isEqualTo("Tenemos dos opciones:\n- Plan Personalizado\n- Reto Mensual\n");
        assertThat(reply.choices()).containsExactly("Plan Personalizado", "Reto Mensual");
        assertThat(reply.toolCalls()).isEmpty();
        assertThat(reply.tokensIn()).isEqualTo(321);
        assertThat(reply.tokensOut()).isEqualTo(45);
        assertThat(reply.model()).isEqualTo("gpt-4.1");
        OpenAiStub.Call call = server.calls().get(0);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/v1/chat/completions");
        assertThat(call.authorization()).isEqualTo("Bearer sk-test");
        assertThat(call.json().<String>read("$.model")).isEqualTo("gpt-4.1");
        assertThat(call.json().<Double>read("$.temperature")).isEqualTo(1.2);
        assertThat(call.json().<Integer>read("$.max_tokens")).isEqualTo(500);
        assertThat(call.json().<List<String>>read("$.messages[*].role")).containsExactly("system", "user");
        assertThat(call.json().<String>read("$.messages[1].content")).isEqualTo("¿Qué planes tienen?");
    }

    @Test
    void asksForAToolWithItsArgumentsAsGiven() {
        String arguments = "{\"product_id\":\"" + PLAN.id() + "\"}";
        server.then(OpenAiStub.toolCall("call_42", AgentTools.SEND_PAYMENT_LINK, arguments));

        ModelReply reply = model.complete(request(List.of(ChatMessage.system("Rules"), ChatMessage.user("Lo quiero"))));

        assertThat(reply.toolCalls()).containsExactly(new ToolCall("call_42", AgentTools.SEND_PAYMENT_LINK, arguments));
        assertThat(reply.text()).isNull();
        assertThat(reply.choices()).isEmpty();
        assertThat(reply.tokensIn()).isEqualTo(150);
    }

    @Test
    void sendsTheToolsAndTheExchangeSoFarInOpenAisShape() {
        server.then(OpenAiStub.text("Aquí tienes el enlace: https://pay.example/plan"));
        ToolCall call = new ToolCall("call_1", AgentTools.SEND_PAYMENT_LINK, "{\"product_id\":\"" + PLAN.id() + "\"}");

        model.complete(request(List.of(ChatMessage.system("Rules"), ChatMessage.user("Hola"),
                ChatMessage.assistant("¡Hola! ¿En qué te ayudo?", List.of()), ChatMessage.user("Lo quiero"),
                ChatMessage.assistant(null, List.of(call)),
                ChatMessage.tool("call_1", "{\"payment_link\":\"https://pay.example/plan\"}"))));

        var sent = server.calls().get(0).json();
        assertThat(sent.<List<String>>read("$.messages[*].role"))
                .containsExactly("system", "user", "assistant", "user", "assistant", "tool");
        assertThat(sent.<String>read("$.messages[2].content")).isEqualTo("¡Hola! ¿En qué te ayudo?");
        assertThat(sent.<Map<String, Object>>read("$.messages[2]")).doesNotContainKey("tool_calls");
        assertThat(sent.<String>read("$.messages[4].tool_calls[0].id")).isEqualTo("call_1");
        assertThat(sent.<String>read("$.messages[4].tool_calls[0].type")).isEqualTo("function");
        assertThat(sent.<String>read("$.messages[4].tool_calls[0].function.name")).isEqualTo(AgentTools.SEND_PAYMENT_LINK);
        assertThat(sent.<String>read("$.messages[4].tool_calls[0].function.arguments")).isEqualTo(call.arguments());
        assertThat(sent.<String>read("$.messages[5].tool_call_id")).isEqualTo("call_1");
        assertThat(sent.<String>read("$.messages[5].content")).isEqualTo("{\"payment_link\":\"https://pay.example/plan\"}");
        assertThat(sent.<List<String>>read("$.tools[*].type")).hasSize(AgentTools.SPECS.size()).containsOnly("function");
        assertThat(sent.<List<String>>read("$.tools[*].function.name"))
                .containsExactlyElementsOf(AgentTools.SPECS.stream().map(ChatModel.ToolSpec::name).toList());
        assertThat(sent.<String>read("$.tools[2].function.parameters.type")).isEqualTo("object");
        assertThat(sent.<List<String>>read("$.tools[2].function.parameters.required")).containsExactly("product_id");
        assertThat(sent.<String>read("$.tools[2].function.description")).contains("payment link");
    }

    @Test
    void passesMalformedToolArgumentsThroughSoTheToolCanAskForValidJson() {
        server.then(OpenAiStub.toolCall("call_7", AgentTools.SEND_PAYMENT_LINK, "{product_id: plan"));

        ModelReply reply = model.complete(request(List.of(ChatMessage.system("Rules"), ChatMessage.user("Lo quiero"))));

        ToolCall call = reply.toolCalls().get(0);
        assertThat(call.arguments()).isEqualTo("{product_id: plan");
        AgentTools tools = new AgentTools(null, null, null, null, null, null, null, JsonMapper.builder().build(), null);
        assertThat(tools.run(call, context())).isEqualTo("{\"error\":\"The arguments are not valid JSON\"}");
    }

    @Test
    void retriesARateLimitAndAnswers() {
        server.then(OpenAiStub.error(429, "Rate limit reached for gpt-4.1"), OpenAiStub.text("¡Hola!"));

        assertThat(model.complete(request(List.of(ChatMessage.user("Hola")))).text()).isEqualTo("¡Hola!");
        assertThat(server.calls()).hasSize(2);
    }

    @Test
    void retriesAServerErrorAndAnswers() {
        server.then(OpenAiStub.error(500, "The server had an error"), OpenAiStub.text("¡Hola!"));

        assertThat(model.complete(request(List.of(ChatMessage.user("Hola")))).text()).isEqualTo("¡Hola!");
        assertThat(server.calls()).hasSize(2);
    }

    @Test
    void failsWhenTheServerKeepsFailingAfterItsRetries() {
        server.otherwise(OpenAiStub.error(500, "The server had an error"));

        assertThatThrownBy(() -> model.complete(request(List.of(ChatMessage.user("Hola")))))
                .isInstanceOf(InternalServerException.class);
        assertThat(server.calls()).hasSize(3);
    }

    @Test
    void aServerThatDoesNotAnswerInTimeFailsOnceWithoutWaitingForRetries() {
        model.close();
        model = model(Duration.ofMillis(300));
        server.otherwise(OpenAiStub.text("Too late").after(3_000));

        long started = System.nanoTime();
        assertThatThrownBy(() -> model.complete(request(List.of(ChatMessage.user("Hola")))))
                .isInstanceOf(NoModelAnswer.class).hasMessageContaining("no time to retry");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1_500));
        assertThat(server.calls()).hasSize(1);
    }

    @Test
    void aRefusalIsAnError() {
        server.then(OpenAiStub.refusal("I'm sorry, I can't help with that."));

        assertThatThrownBy(() -> model.complete(request(List.of(ChatMessage.user("Hola")))))
                .isInstanceOf(NoModelAnswer.class).hasMessageContaining("I'm sorry, I can't help with that.");
    }

    @Test
    void anEmptyAnswerIsAnError() {
        server.then(OpenAiStub.text("  "));

        assertThatThrownBy(() -> model.complete(request(List.of(ChatMessage.user("Hola")))))
                .isInstanceOf(NoModelAnswer.class).hasMessageContaining("nothing");
    }

    @Test
    void offersOnlyTwoOrThreeChoicesThatEndTheText() {
        assertThat(OpenAiChatModel.offeredChoices("¿Cuál?\n- Uno\n- Dos\n- Tres")).containsExactly("Uno", "Dos", "Tres");
        assertThat(OpenAiChatModel.offeredChoices("- Uno\n- Dos\nDime cuál prefieres.")).isEmpty();
        assertThat(OpenAiChatModel.offeredChoices("¿Cuál?\n- Uno")).isEmpty();
        assertThat(OpenAiChatModel.offeredChoices("¿Cuál?\n- A\n- B\n- C\n- D")).isEmpty();
        assertThat(OpenAiChatModel.offeredChoices("Incluye:\n- rutinas\n\nOpciones:\n- Sí\n- No")).containsExactly("Sí", "No");
    }

    private OpenAiChatModel model(Duration timeout) {
        return new OpenAiChatModel(new AgentSettings.OpenAi("sk-test", server.baseUrl(), "gpt-4o-mini", 0.4, 500, timeout, 2, 16));
    }

    private static ModelRequest request(List<ChatMessage> messages) {
        return new ModelRequest(messages, AgentTools.SPECS, context(), "gpt-4.1", 1.2);
    }

    private static TurnContext context() {
        return new TurnContext(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Emilio Born Coaching", "Ana",
                "LEAD", "es", List.of(PLAN), "Lo quiero");
    }
}
