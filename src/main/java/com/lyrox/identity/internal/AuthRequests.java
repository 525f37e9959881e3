package com.lyrox.identity.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** Bodies of the authentication endpoints. */
final class AuthRequests {

    private AuthRequests() {
    }

    /** Email and password; {@code companyId} picks the company when the user has several. */
    @Schema(name = "LoginRequest")
    record Login(@Schema(example = "pedro@example.com") @NotBlank String email,
                 @Schema(example = "a-long-secret-phrase") @NotBlank String password,
                 @Schema(description = "Optional: the company to sign in to") UUID companyId) {
    }

    @Schema(name = "RefreshRequest")
    record Refresh(@Schema(description = "The refresh token from the last sign-in or refresh")
                   @NotBlank String refreshToken) {
    }

    @Schema(name = "SwitchCompanyRequest")
    record SwitchCompany(@NotNull UUID companyId) {
    }

    @Schema(name = "AcceptInviteRequest")
    record AcceptInvite(@Schema(description = "The invitation token an owner or admin shared") @NotBlank String token,
                        @Schema(example = "Ana Ruiz") @NotBlank @Size(max = 255) String name,
                        @Schema(example = "another-long-secret") @NotBlank
                        @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password) {
    }
}
