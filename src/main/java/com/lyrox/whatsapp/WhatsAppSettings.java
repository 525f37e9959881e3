package com.lyrox.whatsapp;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.whatsapp.*}, the Cloud API's part: the webhook and the Graph API (the queue and
 * the turn read theirs from the same prefix, {@code TurnSettings}).
 *
 * @param maxWebhookBytes     largest webhook body accepted (larger: 413); Meta sends at most 3 MB
 * @param sendAttempts        tries of one Graph API call on rate-limit and transient errors
 * @param retryBaseDelay      first wait between tries; doubles each time, with jitter
 * @param graphTimeout        time limit of one Graph API call
 * @param webhookConcurrency  webhook bodies checked and queued at once, the others waiting their turn, so that a
 *                            burst leaves CPU for the dashboard; 0: two per core
 */
@ConfigurationProperties("lyrox.whatsapp")
public record WhatsAppSettings(
        @DefaultValue("3145728") int maxWebhookBytes,
        @DefaultValue("5") int sendAttempts,
        @DefaultValue("500ms") Duration retryBaseDelay,
        @DefaultValue("10s") Duration graphTimeout,
        @DefaultValue("0") int webhookConcurrency) {

    /** The places of {@code webhookConcurrency}, two per core when it is 0. */
    public int effectiveWebhookConcurrency() {
        return webhookConcurrency > 0 ? webhookConcurrency : 2 * Runtime.getRuntime().availableProcessors();
    }
}
