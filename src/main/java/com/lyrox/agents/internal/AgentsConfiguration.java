package com.lyrox.agents.internal;

import com.lyrox.agents.AgentSettings;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/**
 * Which model answers: an OpenAI-compatible server when {@code lyrox.agents.provider} says so
 * (or, on {@code auto}, when an API key is set), else the offline sales model, which needs no
 * key and no network.
 */
@Configuration(proxyBeanMethods = false)
class AgentsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AgentsConfiguration.class);

    @Bean
    ChatModel chatModel(AgentSettings settings, ObjectMapper json) {
        if (!settings.usesOpenAi()) {
            log.info("The sales agent answers with the offline sales model; set OPENAI_API_KEY for a language model");
            return new OfflineSalesModel(json);
        }
        AgentSettings.OpenAi openai = settings.openai();
        if (!openai.hasApiKey()) {
            throw new IllegalStateException("lyrox.agents.provider=openai needs an API key (OPENAI_API_KEY); "
                    + "a local server that checks none takes any value, such as 'ollama'");
        }
        // The host only: a base URL may carry credentials in its user info or query
        log.info("The sales agent answers with {} at {}", openai.model(), URI.create(openai.baseUrl()).getHost());
        return new OpenAiChatModel(openai);
    }
}
