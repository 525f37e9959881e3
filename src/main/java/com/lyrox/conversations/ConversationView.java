package com.lyrox.conversations;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conversation as the inbox lists it and the live stream shows it change. */
public record ConversationView(
        UUID id, UUID customerId, UUID channelId,
        @Schema(example = "+15557654321") String customerPhone,
        @Schema(example = "José Peña") String customerName,
        @Schema(example = "LEAD") String stage,
        List<String> tags,
        @Schema(example = "AI_ACTIVE") ConversationStatus status,
        @Schema(description = "Why the status last changed") String statusReason,
        @Schema(description = "Rolling summary of older messages") String summary,
        @Schema(description = "What the team or the AI should do next", example = "Follow up on the payment link") String nextAction,
        @Schema(example = "positive") String sentiment,
        long messageCount, long inboundCount, long outboundCount, long unreadCount,
        @Schema(example = "¿Cuánto cuesta el plan?") String lastMessagePreview,
        @Schema(example = "INBOUND") Direction lastMessageDirection,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant lastMessageAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant lastInboundAt,
        @Schema(description = "The 24 h window closed: only a template can reach the customer") boolean needsTemplate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt) {
}
