package com.lyrox.tenants;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

/**
 * A WhatsApp number to connect, or the new state of one. On update, secrets left out
 * (null) keep their stored value.
 */
public record ChannelRequest(
        @Schema(example = "Ventas Miami") @NotBlank @Size(max = 100) String name,
        @Schema(description = "Meta's phone number id (the send path and webhook routing key)", example = "200000000000002")
        @NotBlank @Pattern(regexp = "^[0-9]{5,32}$", message = "must be the numeric phone number id from Meta") String phoneNumberId,
        @Schema(example = "+1 555 000 1111") @NotBlank @Size(max = 32) String displayPhoneNumber,
        @Schema(description = "WhatsApp Business Account id", example = "100000000000001")
        @Pattern(regexp = "^[0-9]{5,32}$", message = "must be the numeric WhatsApp Business Account id") String wabaId,
        @Schema(description = "System-user access token; stored encrypted, never returned") @Size(max = 1024) String accessToken,
        @Schema(description = "Meta app secret that signs webhooks; stored encrypted, never returned") @Size(max = 256) String appSecret,
        @Schema(description = "The verify token you also type into Meta's webhook settings; never returned")
        @Size(min = 8, max = 256, message = "must be 8 to 256 characters") String verifyToken,
        @Schema(description = "Default https://graph.facebook.com", example = "https://graph.facebook.com")
        @Size(max = 500) @URL(regexp = "^(http|https)://.*", message = "must be an http(s) URL") String graphBaseUrl,
        @Schema(description = "Default v25.0", example = "v25.0")
        @Pattern(regexp = "^v[0-9]{2,3}\\.[0-9]$", message = "must look like v25.0") String graphVersion) {
}
