package com.lyrox.products;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A product as the API (and other modules) see it; price is a decimal string. */
public record ProductView(
        UUID id,
        @Schema(example = "Plan Personalizado") String name,
        @Schema(example = "Plan de entrenamiento y nutrición 100% personalizado") String description,
        @Schema(type = "string", example = "98.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
        @Schema(example = "USD") String currency,
        @Schema(example = "https://buy.stripe.com/test_plan") String paymentLink,
        boolean active,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
        @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt) {
}
