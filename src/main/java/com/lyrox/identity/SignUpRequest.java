package com.lyrox.identity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new user and the company they own. */
public record SignUpRequest(
        @Schema(example = "pedro@example.com") @NotBlank @Email @Size(max = 255) String email,
        @Schema(example = "a-long-secret-phrase", minLength = 8) @NotBlank
        @Size(min = 8, max = 128, message = "must be 8 to 128 characters") String password,
        @Schema(example = "Pedro Meza") @NotBlank @Size(max = 255) String name,
        @Schema(example = "Emilio Born Coaching") @NotBlank @Size(max = 255) String companyName) {
}
