package com.lyrox.bookings.internal;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;

/** A resource to create or replace; left-out numbers take the defaults shown. */
@Schema(name = "BookingResourceRequest")
record ResourceRequest(
        @NotBlank @Size(max = 255) @Schema(example = "Lapangan Futsal 1") String name,
        @Size(max = 50) @Pattern(regexp = "^[a-z0-9_-]+$", message = "must be lower-case letters, digits, - or _")
        @Schema(example = "futsal", description = "Default: resource") String type,
        @Schema(description = "The WhatsApp channel (outlet) it belongs to") UUID channelId,
        @Min(1) @Max(1000) @Schema(example = "1", description = "Default 1; more for group classes") Integer capacity,
        @Min(5) @Max(1440) @Schema(example = "60", description = "Default 60") Integer slotMinutes,
        @Min(0) @Max(240) @Schema(example = "0", description = "Kept free after each booking; default 0") Integer bufferMinutes,
        @Min(0) @Max(43200) @Schema(example = "60", description = "Default 60") Integer minNoticeMinutes,
        @Min(1) @Max(730) @Schema(example = "60", description = "Default 60") Integer maxDaysAhead,
        @NotNull @DecimalMin(value = "0.00") @Digits(integer = 10, fraction = 2, message = "must have at most 10 digits and 2 decimals")
        @Schema(type = "string", example = "150000.00") BigDecimal price,
        @NotNull @Pattern(regexp = "^[A-Z]{3}$", message = "must be an ISO 4217 code such as USD or IDR")
        @Schema(example = "IDR") String currency,
        @Size(max = 64) @Schema(example = "Asia/Jakarta", description = "Default: the company's time zone") String timezone,
        @Schema(description = "Default true") Boolean active,
        @Schema(description = "A product whose payment link pays for bookings made in the chat: a hold then carries a "
                + "pending sale of the slot's price and is confirmed when the sale is paid. Absent: no payment asked")
        UUID paymentProductId) {

    String effectiveType() {
        return type == null || type.isBlank() ? "resource" : type;
    }
}
