package com.lyrox.knowledge;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A question to try against the knowledge base, as a customer would ask it. */
public record SearchRequest(
        @Schema(example = "¿Puedo pedir un reembolso?") @NotBlank @Size(max = 1000) String query,
        @Schema(description = "How many passages (1–20); default 3", example = "3")
        @Min(value = 1, message = "must be between 1 and 20") @Max(value = 20, message = "must be between 1 and 20") Integer limit,
        @Schema(description = "HYBRID (default, what the agent uses), LEXICAL or DENSE") SearchMode mode) {
}
