package com.lyrox.agents.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.ObjectMapper;

/** Which model answers: the offline sales model, which needs no key and no network. */
@Configuration(proxyBeanMethods = false)
class AgentsConfiguration {

    @Bean
    ChatModel chatModel(ObjectMapper json) {
        return new OfflineSalesModel(json);
    }
}
