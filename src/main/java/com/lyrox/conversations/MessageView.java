package com.lyrox.conversations;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;

/** A message in a conversation; outbound ones carry their delivery status. */
public record MessageView(
        @Schema(description = "WhatsApp message id (wamid), or a Lyrox id for messages not sent") String id,
        @Schema(description = "Position in the conversation, from 1") long seq,
        @Schema(example = "INBOUND") Direction direction,
        @Schema(example = "CUSTOMER") Author author,
        @Schema(example = "text") String type,
        @Schema(example = "¿Cuánto cuesta el plan?") String text,
        Map<String, Object> content,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant at,
        @Schema(description = "Outbound only", example = "READ") DeliveryStatus status,
        @Schema(description = "Outbound failures: Graph error code") Integer errorCode,
        @Schema(description = "Outbound failures: what Meta said") String errorMessage,
        @Schema(description = "AI replies: model, tokensIn, tokensOut, latencyMs, intent, sentiment, confidence, costUsd")
        Map<String, Object> metadata) {
}
