package com.lyrox.analytics.internal;

import com.lyrox.agents.AgentSettings;
import com.lyrox.platform.CpuSlots;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.JsonValue;
import com.openai.models.FunctionDefinition;
import com.openai.models.FunctionParameters;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionAssistantMessageParam;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionFunctionTool;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.chat.completions.ChatCompletionMessageParam;
import com.openai.models.chat.completions.ChatCompletionToolMessageParam;
import com.openai.models.completions.CompletionUsage;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The assistant on the OpenAI-compatible server the sales agent uses (when it uses one): the
 * model reads the owner's question and calls one read-only tool, {@code company_figures}, with a
 * kind of figure and a period; the tool answers from the company's own figures, and the model
 * words the answer from them alone. Never free-form queries: the model chooses among the kinds.
 */
@Component
class AssistantModel {

    static final String TOOL = "company_figures";
    static final int ROUNDS = 3;

    /** What the model answered, what it cost in tokens, and the figures and links of the tools it called. */
    record Reply(String text, List<AssistantAnswer> figures, int tokensIn, int tokensOut, String model) {
    }

    private final AgentSettings.OpenAi settings;
    private final OpenAIClient client;
    private final ObjectMapper json;

    AssistantModel(AgentSettings agents, ObjectMapper json) {
        this.json = json;
        this.settings = agents.openai();
        this.client = agents.usesOpenAi() && settings.hasApiKey() ? OpenAIOkHttpClient.builder().baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey()).timeout(settings.timeout()).maxRetries(settings.maxRetries()).build() : null;
    }

    /** Whether a model answers (a key is set), or the offline assistant. */
    boolean online() {
        return client != null;
    }

    String model() {
        return settings.model();
    }

    /**
     * Asks the model, running its tool calls through {@code figures} (kind and period in, the
     * answer's figures out), until it answers in words; empty when it does not within
     * {@link #ROUNDS} calls.
     */
    Optional<Reply> answer(String question, String company, String today,
                           BiFunction<AssistantQuestion.Kind, AssistantQuestion.PeriodName, AssistantAnswer> figures) {
        List<ChatCompletionMessageParam> messages = new ArrayList<>();
        messages.add(ChatCompletionMessageParam.ofSystem(com.openai.models.chat.completions.ChatCompletionSystemMessageParam.builder()
                .content(system(company, today)).build()));
        messages.add(ChatCompletionMessageParam.ofUser(com.openai.models.chat.completions.ChatCompletionUserMessageParam.builder()
                .content(question).build()));
        List<AssistantAnswer> used = new ArrayList<>();
        int tokensIn = 0;
        int tokensOut = 0;
        for (int round = 0; round < ROUNDS; round++) {
            ChatCompletionCreateParams.Builder params = ChatCompletionCreateParams.builder().model(settings.model())
                    .temperature(0.2).maxTokens(settings.maxTokens()).addTool(tool());
            messages.forEach(params::addMessage);
            ChatCompletion completion;
            try (var away = CpuSlots.stepAway()) {
                completion = client.chat().completions().create(params.build());
            }
            tokensIn += completion.usage().map(CompletionUsage::promptTokens).orElse(0L).intValue();
            tokensOut += completion.usage().map(CompletionUsage::completionTokens).orElse(0L).intValue();
            Optional<ChatCompletionMessage> message = completion.choices().stream().findFirst().map(ChatCompletion.Choice::message);
            if (message.isEmpty()) {
                return Optional.empty();
            }
            List<ChatCompletionMessageFunctionToolCall> calls = message.get().toolCalls().orElse(List.of()).stream()
                    .flatMap(call -> call.function().stream()).toList();
            String text = message.get().content().filter(content -> !content.isBlank()).orElse(null);
            if (calls.isEmpty()) {
                return text == null ? Optional.empty() : Optional.of(new Reply(text, used, tokensIn, tokensOut, settings.model()));
            }
            ChatCompletionAssistantMessageParam.Builder assistant = ChatCompletionAssistantMessageParam.builder();
            calls.forEach(assistant::addToolCall);
            messages.add(ChatCompletionMessageParam.ofAssistant(assistant.build()));
            for (ChatCompletionMessageFunctionToolCall call : calls) {
                messages.add(ChatCompletionMessageParam.ofTool(ChatCompletionToolMessageParam.builder().toolCallId(call.id())
                        .content(run(call, figures, used)).build()));
            }
        }
        return Optional.empty();
    }

    /** The tool's answer as JSON for the model; a call it cannot run is told why, so the model can try again. */
    private String run(ChatCompletionMessageFunctionToolCall call,
                       BiFunction<AssistantQuestion.Kind, AssistantQuestion.PeriodName, AssistantAnswer> figures,
                       List<AssistantAnswer> used) {
        if (!TOOL.equals(call.function().name())) {
            return json.writeValueAsString(Map.of("error", "No tool " + call.function().name() + "; call " + TOOL));
        }
        AssistantQuestion.Kind kind;
        AssistantQuestion.PeriodName period;
        try {
            JsonNode arguments = json.readTree(call.function().arguments());
            kind = AssistantQuestion.Kind.valueOf(arguments.path("kind").asString(""));
            String named = arguments.path("period").asString("");
            period = named.isEmpty() ? AssistantQuestion.PeriodName.LAST_30_DAYS : AssistantQuestion.PeriodName.valueOf(named);
        } catch (RuntimeException e) {
            return json.writeValueAsString(Map.of("error", "kind must be one of " + Arrays.toString(AssistantQuestion.Kind.values())
                    + " and period one of " + Arrays.toString(AssistantQuestion.PeriodName.values())));
        }
        AssistantAnswer answer = figures.apply(kind, period);
        used.add(answer);
        return json.writeValueAsString(Map.of("answer", answer.content(), "figures", answer.figures(), "links", answer.links()));
    }

    private static String system(String company, String today) {
        return "You are the assistant of the owner of " + company + ", a business that sells on WhatsApp. Today is " + today
                + ". Answer the owner's question only from what the " + TOOL + " tool returns: call it with the kind of "
                + "figure and the period the question asks for, then answer in the owner's language, briefly, naming the "
                + "numbers. If no kind fits, say which questions you can answer. Never invent a number.";
    }

    private static ChatCompletionFunctionTool tool() {
        FunctionParameters parameters = FunctionParameters.builder()
                .putAdditionalProperty("type", JsonValue.from("object"))
                .putAdditionalProperty("properties", JsonValue.from(Map.of(
                        "kind", Map.of("type", "string", "enum", names(AssistantQuestion.Kind.values()),
                                "description", "Which figure: new leads, who to call, best products, revenue, average sale, "
                                        + "conversations waiting for a person, AI performance, handoffs, payment links, unpaid "
                                        + "links, funnel, customers, conversations, AI usage, lead model, help"),
                        "period", Map.of("type", "string", "enum", names(AssistantQuestion.PeriodName.values()),
                                "description", "The days asked about; LAST_30_DAYS when the question names none"))))
                .putAdditionalProperty("required", JsonValue.from(List.of("kind")))
                .build();
        return ChatCompletionFunctionTool.builder().function(FunctionDefinition.builder().name(TOOL)
                .description("The company's own figures of one kind for a period, with the customers and conversations behind "
                        + "them. Read-only.").parameters(parameters).build()).build();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    @PreDestroy
    void close() {
        if (client != null) {
            client.close();
        }
    }
}
