package com.lyrox.turns.internal;

import com.lyrox.conversations.ConversationLog;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.InboundMessage;
import com.lyrox.platform.CpuSlots;
import com.lyrox.platform.TenantContext;
import com.lyrox.turns.InboundEvent;
import com.lyrox.turns.TurnSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs one queued job inside its company's tenant: a customer's message or a status, holding one
 * of the turn slots ({@code lyrox.whatsapp.turn-slots}) while it uses the CPU.
 */
@Component
class JobHandler {

    private final TurnPipeline pipeline;
    private final ConversationLog conversations;
    private static final Duration STATUS_GRACE = Duration.ofMinutes(10);

    private final ObjectMapper json;
    private final Clock clock;

    private final CpuSlots slots;

    JobHandler(TurnPipeline pipeline, ConversationLog conversations, ObjectMapper json, Clock clock,
               TurnSettings settings) {
        this.pipeline = pipeline;
        this.conversations = conversations;
        this.json = json;
        this.clock = clock;
        this.slots = new CpuSlots(settings.effectiveTurnSlots());
    }

    /**
     * A status can overtake the record of the send it is about (Meta answers the send, and may
     * post the status, before the sender has written it down). A recent status for an unknown
     * message therefore fails the job, which is retried after the reclaim delay; an old one
     * (a message this system never sent) is dropped.
     */
    private void applyStatus(InboundEvent.Status status) {
        Instant at = Instant.ofEpochSecond(status.timestamp());
        DeliveryStatus.fromWebhook(status.status()).ifPresent(delivery -> {
            var outcome = conversations.applyStatus(status.messageId(), delivery, at, status.errorCode(), status.errorMessage());
            if (outcome == ConversationLog.StatusOutcome.UNKNOWN_MESSAGE && at.isAfter(clock.instant().minus(STATUS_GRACE))) {
                throw new IllegalStateException("Status for " + status.messageId() + " came before its message; retrying");
            }
        });
    }

    void handle(Map<String, String> job, Instant queuedAt) {
        UUID companyId = UUID.fromString(job.get("companyId"));
        TenantContext.runAs(companyId, null, () -> slots.run(() -> {
            if ("message".equals(job.get("kind"))) {
                pipeline.handle(json.readValue(job.get("payload"), InboundMessage.class), queuedAt);
            } else {
                applyStatus(json.readValue(job.get("payload"), InboundEvent.Status.class));
            }
        }));
    }
}
