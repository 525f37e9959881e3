package com.lyrox.agents;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lyrox.agents.*}: which language model the sales agent answers with.
 *
 * @param provider {@code auto} (OpenAI when an API key is set, else offline), {@code offline} or {@code openai}
 * @param openai   the OpenAI-compatible server, used by the {@code openai} provider
 */
@Validated
@ConfigurationProperties("lyrox.agents")
public record AgentSettings(@DefaultValue("auto") Provider provider, @Valid @DefaultValue OpenAi openai) {

    /** Where answers come from. */
    public enum Provider {
        AUTO, OFFLINE, OPENAI
    }

    /**
     * An OpenAI-compatible chat completions server: OpenAI, Azure OpenAI, Ollama, vLLM, OpenRouter.
     *
     * @param apiKey      the server's API key; local servers that check none take any value
     * @param baseUrl     the API root, the part before {@code /chat/completions}
     * @param model       the model every company uses unless it sets its own
     * @param temperature sampling temperature (0–2) unless a company sets its own
     * @param maxTokens   most tokens one answer may have
     * @param timeout     time limit of one model call; retries start only within it
     * @param maxRetries  retries of a call on rate limits, server errors and lost connections
     * @param maxIdleConnections connections to the server kept open between calls, so busy
     *                    times do not open one per call (HTTP/1.1 servers such as Ollama or vLLM)
     */
    public record OpenAi(
            String apiKey,
            @DefaultValue("https://api.openai.com/v1") @NotBlank String baseUrl,
            @DefaultValue("gpt-4o-mini") @NotBlank String model,
            @DefaultValue("0.4") @DecimalMin("0") @DecimalMax("2") double temperature,
            @DefaultValue("500") @Min(1) int maxTokens,
            @DefaultValue("20s") Duration timeout,
            @DefaultValue("2") @Min(0) int maxRetries,
            @DefaultValue("256") @Min(0) int maxIdleConnections) {

        public boolean hasApiKey() {
            return apiKey != null && !apiKey.isBlank();
        }
    }

    /** Whether the OpenAI-compatible server answers: chosen, or {@code auto} with a key set. */
    public boolean usesOpenAi() {
        return provider == Provider.OPENAI || provider == Provider.AUTO && openai.hasApiKey();
    }
}
