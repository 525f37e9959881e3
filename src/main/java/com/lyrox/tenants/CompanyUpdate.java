package com.lyrox.tenants;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.URL;

/** The editable profile of a company ({@code PUT /api/v1/company}); absent optional fields are cleared. */
public record CompanyUpdate(
        @Schema(example = "Emilio Born Coaching") @NotBlank @Size(max = 255) String name,
        @Schema(example = "Fitness & Wellness") @Size(max = 100) String industry,
        @Schema(example = "https://emilioborn.com") @Size(max = 500)
        @URL(regexp = "^(http|https)://.*", message = "must be an http(s) URL") String website,
        @Schema(description = "The voice the AI agent speaks in", example = "Eres Emilio Born, un coach fitness...")
        @Size(max = 20000) String brandPersonality,
        @Schema(description = "Extra rules for the AI agent", example = "Nunca prometas resultados en menos de 30 días.")
        @Size(max = 20000) String aiInstructions,
        @Schema(description = "Language the agent answers in by default (ISO 639-1, optionally with region)", example = "es")
        @NotBlank @Pattern(regexp = "^[a-z]{2}(-[A-Z]{2})?$", message = "must be a language code such as es, en or pt-BR")
        String language,
        @Schema(description = "IANA time zone", example = "America/New_York") @NotBlank @Size(max = 64) String timezone,
        @Schema(description = "Read-only here: the plan changes through billing (a platform administrator). "
                + "Absent or the current plan; another plan answers 403", example = "FREE") Plan plan,
        @Schema(description = "Language model the AI agent answers with, as the model server names it; "
                + "absent: the server's default", example = "gpt-4o-mini") @Size(max = 100) String aiModel,
        @Schema(description = "Sampling temperature of the AI agent, 0 (steady) to 2 (inventive); absent: the server's default",
                example = "0.4")
        @DecimalMin("0") @DecimalMax("2") @Digits(integer = 1, fraction = 2) BigDecimal aiTemperature) {
}
