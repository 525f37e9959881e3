package com.lyrox.identity;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/** What sign-up, login, refresh and company switch answer: tokens for one company. */
public record Session(
        @Schema(description = "JWT for the Authorization: Bearer header; lives 15 minutes") String accessToken,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant accessTokenExpiresAt,
        @Schema(description = "Single-use token for POST /api/v1/auth/refresh; each use returns a new one")
        String refreshToken,
        @Schema(example = "Bearer") String tokenType,
        UserSummary user,
        CompanyMembership company) {

    /** The signed-in person. */
    public record UserSummary(UUID id, @Schema(example = "pedro@example.com") String email,
                              @Schema(example = "Pedro Meza") String name) {
    }

    /** A company the user belongs to and their role there. */
    public record CompanyMembership(UUID id, @Schema(example = "Emilio Born Coaching") String name,
                                    @Schema(example = "OWNER") Role role) {
    }
}
