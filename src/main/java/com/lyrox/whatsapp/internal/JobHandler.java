package com.lyrox.whatsapp.internal;

import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.platform.TenantContext;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Runs one queued job inside its company's tenant: a customer's message or a status. */
@Component
class JobHandler {

    private final TurnPipeline pipeline;
    private final ConversationLog conversations;
    private final ObjectMapper json;

    JobHandler(TurnPipeline pipeline, ConversationLog conversations, ObjectMapper json) {
        this.pipeline = pipeline;
        this.conversations = conversations;
        this.json = json;
    }

    void handle(Map<String, String> job, Instant queuedAt) {
        UUID companyId = UUID.fromString(job.get("companyId"));
        TenantContext.runAs(companyId, null, () -> {
            if ("message".equals(job.get("kind"))) {
                pipeline.handle(json.readValue(job.get("payload"), InboundMessage.class), queuedAt);
            } else {
                WebhookEvent.Status status = json.readValue(job.get("payload"), WebhookEvent.Status.class);
                DeliveryStatus.fromWebhook(status.status()).ifPresent(delivery -> conversations.applyStatus(
                        status.messageId(), delivery, Instant.ofEpochSecond(status.timestamp()),
                        status.errorCode(), status.errorMessage()));
            }
        });
    }
}
