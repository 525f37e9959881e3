package com.lyrox.bookings.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

/** A pricing rule: exactly one of {@code multiplier} and {@code price}. */
@Schema(name = "BookingPricingRuleRequest")
record PricingRuleRequest(
        @Schema(description = "Absent: every resource of the company") UUID resourceId,
        @NotBlank @Size(max = 255) @Schema(example = "Peak hours") String name,
        @NotEmpty @Schema(example = "[\"SATURDAY\",\"SUNDAY\"]") List<@NotNull DayOfWeek> days,
        @NotNull @Schema(example = "18:00") String from,
        @NotNull @Schema(example = "22:00", description = "24:00 for midnight") String to,
        @DecimalMin(value = "0.01") @DecimalMax("100") @Digits(integer = 3, fraction = 3, message = "must have at most 3 decimals")
        @Schema(type = "string", example = "1.5", description = "The base price times this") BigDecimal multiplier,
        @DecimalMin(value = "0.00") @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals")
        @Schema(type = "string", example = "200000.00", description = "This price instead of the base price") BigDecimal price) {
}
