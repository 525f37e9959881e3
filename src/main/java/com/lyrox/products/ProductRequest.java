package com.lyrox.products;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.hibernate.validator.constraints.URL;

/** A product to create or the full new state of one ({@code POST}/{@code PUT}). */
public record ProductRequest(
        @Schema(example = "Plan Personalizado") @NotBlank @Size(max = 255) String name,
        @Schema(example = "Plan de entrenamiento y nutrición 100% personalizado") @Size(max = 5000) String description,
        @Schema(type = "string", example = "98.00", description = "Greater than 0, at most 2 decimals")
        @NotNull @DecimalMin(value = "0.00", inclusive = false, message = "must be greater than 0")
        @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals") BigDecimal price,
        @Schema(example = "USD", description = "ISO 4217 code; default USD")
        @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as USD or EUR") String currency,
        @Schema(example = "https://buy.stripe.com/test_plan") @Size(max = 2000)
        @URL(regexp = "^(http|https)://.*", message = "must be an http(s) URL") String paymentLink,
        @Schema(description = "Inactive products are kept but not offered; default true") Boolean active) {
}
