package com.lyrox.bookings.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.bookings.BookingStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Bodies and answers of the bookings endpoints. */
final class BookingRequests {

    private BookingRequests() {
    }

    /** A booking of the slot starting at {@code start} (or of the slots to {@code end}), for a customer by id or by phone. */
    @Schema(name = "BookingCreate")
    record Create(@NotNull UUID resourceId,
                  @NotNull @Schema(example = "2026-12-07T12:00:00Z") Instant start,
                  @Schema(example = "2026-12-07T14:00:00Z", description = "The end of a later slot: the booking covers every "
                          + "slot from start to it, priced as their sum. Absent: one slot") Instant end,
                  @Schema(description = "The customer; or give customerPhone") UUID customerId,
                  @Pattern(regexp = "^\\+[1-9][0-9]{6,14}$", message = "must be E.164, such as +6281234567890")
                  @Schema(example = "+6281234567890", description = "Found or created as a lead") String customerPhone,
                  @Size(max = 255) @Schema(example = "Budi") String customerName,
                  @Schema(description = "Default CONFIRMED; HELD keeps the slot for lyrox.bookings.hold-duration",
                          example = "CONFIRMED") BookingStatus status,
                  @Size(max = 2000) String notes,
                  @Valid @Schema(description = "Book the same time again every week or month") Repeat repeat) {
    }

    /** How often a recurring booking comes back, for how long, and what to do with occurrences that are taken. */
    @Schema(name = "BookingRepeat")
    record Repeat(@NotNull @Schema(example = "WEEKLY") Frequency frequency,
                  @Min(2) @Max(Repeat.MOST) @Schema(example = "4", description = "Occurrences, the first included; or give until")
                  Integer count,
                  @Schema(example = "2027-03-31", description = "The last day an occurrence may fall on; or give count")
                  LocalDate until,
                  @Schema(example = "SKIP", description = "SKIP (default): book the free occurrences and list the others; "
                          + "REFUSE_ALL: book none unless all are free") Policy policy) {

        /** The most occurrences one request books. */
        static final int MOST = 52;

        /** Every week or every month, at the same wall-clock time in the resource's zone. */
        enum Frequency { WEEKLY, MONTHLY }

        /** What happens when some occurrences cannot be booked. */
        enum Policy { SKIP, REFUSE_ALL }
    }

    /** An occurrence of a recurring booking that could not be booked, and why. */
    @Schema(name = "BookingConflict")
    record Conflict(@JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
                    @Schema(example = "This slot is already taken") String reason) {
    }

    /** What a recurring booking booked and what it could not. */
    @Schema(name = "BookingSeries")
    record Series(UUID seriesId, List<View> booked, List<Conflict> conflicts) {
    }

    /** The bookings made this calendar month (UTC) and the resources, against the plan's limits (-1: unlimited, 0: none). */
    @Schema(name = "BookingUsage")
    record Usage(@Schema(example = "PROFESSIONAL") String plan, long bookingsThisMonth,
                 @Schema(example = "200") long bookingsPerMonth, long resources, @Schema(example = "15") long resourcesLimit) {
    }

    /** A move to another start (and optionally another resource), or a resize to another end. */
    @Schema(name = "BookingMove")
    record Move(@NotNull @Schema(example = "2026-12-07T14:00:00Z") Instant start,
                @Schema(example = "2026-12-07T16:00:00Z", description = "The new end, the end of a slot: resizes the booking "
                        + "to every slot from start to it. Absent: as many slots as it covers now") Instant end,
                UUID resourceId) {
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
                @Schema(description = "Shared by the occurrences of a recurring booking") UUID seriesId,
                @Schema(description = "The pending sale a hold made in the chat waits for; paid, it confirms the booking")
                UUID saleId,
                @Schema(description = "The booking's calendar file (.ics), a signed link that opens without signing in")
                String calendarUrl,
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

    /** A day of bookings in the company's zone. */
    @Schema(name = "BookingSummary")
    record Summary(@Schema(example = "2026-12-07") LocalDate date, @Schema(example = "Asia/Jakarta") String timezone,
                   @Schema(description = "Bookings starting that day that take or took a slot (held, confirmed, completed, no-show)")
                   int bookings,
                   @Schema(example = "0.42", description = "Booked time over open time of the active resources (places, for group classes), 0 to 1")
                   double occupancyRate,
                   @Schema(description = "What the confirmed and completed bookings starting that day are worth, by currency")
                   List<Amount> revenue) {
    }

    /** A sum in one currency. */
    @Schema(name = "BookingAmount")
    record Amount(@Schema(example = "IDR") String currency,
                  @Schema(type = "string", example = "1800000.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }
}
