package com.lyrox.identity.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** Bodies of the API key endpoints. */
final class ApiKeyViews {

    private ApiKeyViews() {
    }

    @Schema(name = "ApiKeyCreate")
    record Create(@Schema(example = "Zapier integration") @NotBlank @Size(max = 100) String name,
                  @Schema(description = "ADMIN, AGENT or VIEWER; default AGENT", example = "AGENT") Role role) {
    }

    /** A key as listed: never the secret. */
    @Schema(name = "ApiKey")
    record Key(UUID id, @Schema(example = "Zapier integration") String name, @Schema(example = "AGENT") Role role,
               @Schema(description = "Last four characters of the key", example = "x9Qa") String lastFour,
               @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
               @JsonFormat(shape = JsonFormat.Shape.STRING) Instant lastUsedAt,
               @JsonFormat(shape = JsonFormat.Shape.STRING) Instant revokedAt) {
    }

    /** A new key with its secret, shown this once: send it as the X-API-Key header. */
    @Schema(name = "ApiKeyCreated")
    record Created(Key apiKey, @Schema(example = "lyx_3f6d2a8e4c1b4d7a9a512b0f7c9e1d44Zx...") String key) {
    }
}
