package com.lyrox.billing;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The money a company keeps with Lyrox to pay for AI interactions past its plan's allowance. */
public interface PrepaidBalance {

    /**
     * Adds money to the company's balance, once per reference: the same reference again answers the
     * deposit already made (and a different amount under it is refused with 409).
     */
    Deposit deposit(UUID companyId, BigDecimal amount, String reference, String source, String note);

    /** Money put on a balance, and the balance after it. */
    @Schema(name = "Deposit")
    record Deposit(UUID id, @Schema(type = "string", example = "50.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                   @Schema(example = "USD") String currency,
                   @Schema(description = "Unique per company: a receipt number, or the Stripe Checkout Session") String reference,
                   @Schema(example = "ADMIN", description = "ADMIN (a platform administrator) or STRIPE (a paid top-up)") String source,
                   String note, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
                   @Schema(type = "string", example = "62.40", description = "The balance once this deposit is counted")
                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance) {
    }
}
