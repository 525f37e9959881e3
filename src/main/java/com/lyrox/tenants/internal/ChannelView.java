package com.lyrox.tenants.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A channel as the API shows it: whether each secret is set, never the secret itself. */
record ChannelView(
        UUID id,
        @Schema(example = "Ventas Miami") String name,
        @Schema(example = "200000000000002") String phoneNumberId,
        @Schema(example = "+1 555 000 1111") String displayPhoneNumber,
        @Schema(example = "100000000000001") String wabaId,
        @Schema(example = "https://graph.facebook.com") String graphBaseUrl,
        @Schema(example = "v25.0") String graphVersion,
        @Schema(description = "DISCONNECTED when Meta refused the access token; replace it to reconnect",
                example = "CONNECTED") ChannelStatus status,
        @Schema(description = "Why the channel is disconnected", example = "Graph API error 190: token expired")
        String statusReason,
        boolean accessTokenSet,
        boolean appSecretSet,
        boolean verifyTokenSet,
        @Schema(description = "The callback URL to enter in Meta's webhook settings",
                example = "https://app.lyrox.example/webhooks/whatsapp") String webhookUrl,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt) {

    static final String WEBHOOK_PATH = "/webhooks/whatsapp";

    /** Where Meta sends a channel's webhooks: absolute, from the current request, when there is one. */
    static String currentWebhookUrl() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path(WEBHOOK_PATH).toUriString();
        }
        return WEBHOOK_PATH;
    }
}
