package com.lyrox.bookings.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** A customer to put in line for the taken slot starting at {@code start}. */
@Schema(name = "WaitlistJoin")
record WaitlistRequest(@NotNull UUID resourceId,
                       @NotNull @Schema(example = "2026-12-07T12:00:00Z") Instant start,
                       @Schema(description = "The customer; or give customerPhone") UUID customerId,
                       @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be E.164, such as +6281234567890")
                       @Schema(example = "+6281234567890", description = "Found or created as a lead") String customerPhone,
                       @Size(max = 255) @Schema(example = "Budi") String customerName) {
}
