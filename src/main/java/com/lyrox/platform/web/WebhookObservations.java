package com.lyrox.platform.web;

import io.micrometer.observation.ObservationPredicate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Webhook requests are not observed as {@code http.server.requests}: in a burst the observation's
 * timers, tags and long-task timer cost a webhook more CPU than checking its signature. The webhook
 * controllers count what they accept with meters of their own.
 */
@Configuration(proxyBeanMethods = false)
class WebhookObservations {

    static final String WEBHOOKS = "/webhooks/";

    @Bean
    ObservationPredicate webhooksUnobserved() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request
                && request.getCarrier() != null && request.getCarrier().getRequestURI().startsWith(WEBHOOKS));
    }
}
