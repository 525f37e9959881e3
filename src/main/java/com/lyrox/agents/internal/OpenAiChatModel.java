package com.lyrox.agents.internal;

import com.lyrox.agents.AgentSettings;
import com.lyrox.platform.CpuSlots;
import com.openai.azure.AzureUrlCategory;
import com.openai.azure.AzureUrlPathMode;
import com.openai.azure.credential.AzureApiKeyCredential;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.Sleeper;
import com.openai.credential.BearerTokenCredential;
import com.openai.credential.Credential;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.completions.CompletionUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The sales agent's model on an OpenAI-compatible chat completions server (OpenAI, Azure
 * OpenAI, Ollama, vLLM, OpenRouter) through the openai-java SDK, tool calls included. A
 * refusal or an empty answer fails like a lost call, so the customer gets the fallback.
 */
class OpenAiChatModel implements ChatModel, AutoCloseable {

    /** How long an idle connection to the model server stays open (OkHttp's own default). */
    private static final Duration IDLE_CONNECTION_KEEP_ALIVE = Duration.ofMinutes(5);

    private final AgentSettings.OpenAi settings;
    private final OpenAIClient client;

    OpenAiChatModel(AgentSettings.OpenAi settings) {
        this.settings = settings;
        this.client = OpenAIOkHttpClient.builder()
                .baseUrl(settings.baseUrl())
                .credential(credential(settings))
                .timeout(settings.timeout())
                .maxRetries(settings.maxRetries())
                .maxIdleConnections(settings.maxIdleConnections())
                .keepAliveDuration(IDLE_CONNECTION_KEEP_ALIVE)
                .build();
    }

    @Override
    public String name() {
        return settings.model();
    }

    @Override
    public ModelReply complete(ModelRequest request) {
        TimeBudget budget = new TimeBudget(System.nanoTime() + settings.timeout().toNanos());
        ChatCompletion completion;
        // The model's time is not our CPU's: the call waits without a turn slot.
        try (var away = CpuSlots.stepAway()) {
            completion = client.withOptions(options -> options.sleeper(budget)).chat().completions()
                    .create(OpenAiRequests.params(request, settings.maxTokens()));
        }
        ChatCompletionMessage message = completion.choices().stream().findFirst()
                .orElseThrow(() -> new NoModelAnswer("The model sent no choice")).message();
        message.refusal().filter(refusal -> !refusal.isBlank()).ifPresent(refusal -> {
            throw new NoModelAnswer("The model refused: " + refusal);
        });
        String text = message.content().filter(content -> !content.isBlank()).orElse(null);
        List<ToolCall> calls = message.toolCalls().orElse(List.of()).stream()
                .flatMap(call -> call.function().stream())
                .map(call -> new ToolCall(call.id(), call.function().name(), call.function().arguments()))
                .toList();
        if (text == null && calls.isEmpty()) {
            throw new NoModelAnswer("The model answered nothing");
        }
        int tokensIn = completion.usage().map(CompletionUsage::promptTokens).orElse(0L).intValue();
        int tokensOut = completion.usage().map(CompletionUsage::completionTokens).orElse(0L).intValue();
        return new ModelReply(text, calls, calls.isEmpty() ? offeredChoices(text) : List.of(), tokensIn, tokensOut,
                request.model());
    }

    /** The 2 or 3 lines starting with "- " that end the text, as the prompt asks choices to be written. */
    static List<String> offeredChoices(String text) {
        List<String> lines = text.strip().lines().toList();
        List<String> choices = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && lines.get(i).strip().startsWith("- "); i--) {
            choices.add(0, lines.get(i).strip().substring(2).strip());
        }
        return choices.size() >= 2 && choices.size() <= 3 && choices.stream().noneMatch(String::isEmpty)
                ? List.copyOf(choices) : List.of();
    }

    @Override
    public void close() {
        client.close();
    }

    /** Azure OpenAI takes its key in an {@code api-key} header; everyone else as a bearer token. */
    private static Credential credential(AgentSettings.OpenAi settings) {
        boolean azure = AzureUrlCategory.Companion.categorizeBaseUrl(settings.baseUrl(), AzureUrlPathMode.AUTO).isAzure();
        return azure ? AzureApiKeyCredential.create(settings.apiKey()) : BearerTokenCredential.create(settings.apiKey());
    }

    /**
     * Lets the SDK wait before a retry only when the call is still within its timeout: a
     * customer waits for one timeout, not for one per retry, and the job stays well inside the
     * queue's reclaim limit.
     */
    private record TimeBudget(long deadlineNanos) implements Sleeper {

        @Override
        public void sleep(Duration wait) {
            check(wait);
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new NoModelAnswer("Interrupted while waiting to retry the model");
            }
        }

        @Override
        public CompletableFuture<Void> sleepAsync(Duration wait) {
            check(wait);
            return CompletableFuture.runAsync(() -> { }, CompletableFuture.delayedExecutor(wait.toMillis(), TimeUnit.MILLISECONDS));
        }

        @Override
        public void close() {
        }

        private void check(Duration wait) {
            if (System.nanoTime() + wait.toNanos() > deadlineNanos) {
                throw new NoModelAnswer("The model call failed and its timeout leaves no time to retry");
            }
        }
    }
}
