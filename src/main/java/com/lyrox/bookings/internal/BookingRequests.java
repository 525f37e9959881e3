package com.lyrox.bookings.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.bookings.BookingStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies and answers of the bookings endpoints. */
final class BookingRequests {

    private BookingRequests() {
    }

    /** A booking of the slot starting at {@code start}, for a customer by id or by phone. */
    @Schema(name = "BookingCreate")
    record Create(@NotNull UUID resourceId,
                  @NotNull @Schema(example = "2026-12-07T12:00:00Z") Instant start,
                  @Schema(description = "The customer; or give customerPhone") UUID customerId,
                  @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be E.164, such as +6281234567890")
                  @Schema(example = "+6281234567890", description = "Found or created as a lead") String customerPhone,
                  @Size(max = 255) @Schema(example = "Budi") String customerName,
                  @Schema(description = "Default CONFIRMED; HELD keeps the slot for lyrox.bookings.hold-duration",
                          example = "CONFIRMED") BookingStatus status,
                  @Size(max = 2000) String notes) {
    }

    /** A move to another start (and optionally another resource). */
    @Schema(name = "BookingMove")
    record Move(@NotNull @Schema(example = "2026-12-07T14:00:00Z") Instant start, UUID resourceId) {
    }

    /** A booking as the API shows it, with its resource and customer. */
    @Schema(name = "Booking")
    record View(UUID id, UUID resourceId, @Schema(example = "Lapangan Futsal 1") String resourceName,
                UUID customerId, @Schema(example = "Budi") String customerName,
                @Schema(example = "+6281234567890") String customerPhone,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end,
                @Schema(example = "CONFIRMED") BookingStatus status,
                @Schema(type = "string", example = "150000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
                @Schema(example = "IDR") String currency,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant holdExpiresAt,
                @Schema(example = "API") String source, String notes,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant confirmedAt,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant cancelledAt,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt) {
    }

    /** A free slot. */
    @Schema(name = "BookingSlot")
    record Slot(UUID resourceId, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end,
                @Schema(type = "string", example = "150000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal price,
                @Schema(example = "IDR") String currency) {

        static Slot of(SlotCalendar.Slot slot) {
            return new Slot(slot.resourceId(), slot.start(), slot.end(), slot.price(), slot.currency());
        }
    }

    /** The free slots asked for. */
    @Schema(name = "BookingAvailability")
    record Availability(List<Slot> slots) {
    }
}
