package com.lyrox.sales.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** Bodies of the sales endpoints. */
final class SaleRequests {

    private SaleRequests() {
    }

    /** A new sale; amount and currency default to the product's. */
    @Schema(name = "SaleCreate")
    record Create(@NotNull UUID customerId, @NotNull UUID productId,
                  @Schema(type = "string", example = "98.00", description = "Default: the product's price")
                  @DecimalMin(value = "0.00", inclusive = false, message = "must be greater than 0")
                  @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals")
                  BigDecimal amount,
                  @Schema(example = "USD", description = "Default: the product's currency")
                  @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as USD or EUR")
                  String currency,
                  @Schema(example = "stripe") @Size(max = 50) String paymentMethod,
                  @Schema(example = "pi_3Nq...") @Size(max = 255) String paymentId) {
    }

    /** Completing a payment, optionally with the provider's payment id. */
    @Schema(name = "SaleComplete")
    record Complete(@Schema(example = "pi_3Nq...") @Size(max = 255) String paymentId) {
    }
}
