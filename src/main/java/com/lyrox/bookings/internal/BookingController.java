package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingStatus;
import com.lyrox.platform.PageQuery;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Availability and bookings: agents book and change them, viewers read. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Bookings", description = "Free slots, and bookings HELD → CONFIRMED → COMPLETED; a taken slot answers 409 with the nearest free ones")
class BookingController {

    private final BookingService bookings;
    private final Availability availability;
    private final NoShowStrikes strikes;
    private final BookingSummaries summaries;
    private final PlanAllowance allowance;

    BookingController(BookingService bookings, Availability availability, NoShowStrikes strikes,
                      BookingSummaries summaries, PlanAllowance allowance) {
        this.allowance = allowance;
        this.bookings = bookings;
        this.availability = availability;
        this.strikes = strikes;
        this.summaries = summaries;
    }

    @GetMapping("/bookings/usage")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "This month's bookings and the resources against what the plan includes")
    BookingRequests.Usage usage() {
        return allowance.usage();
    }

    @GetMapping("/bookings/summary")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "A day's bookings in the company's zone (default today): count, occupancy of the open time, revenue")
    BookingRequests.Summary summary(@RequestParam(required = false) LocalDate date) {
        return summaries.of(date);
    }

    @GetMapping("/customers/{customerId}/booking-standing")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "A customer's no-shows and whether the chat still books for them")
    NoShowStrikes.Standing standing(@PathVariable UUID customerId) {
        return strikes.standing(customerId);
    }

    @PostMapping("/customers/{customerId}/booking-standing/lift")
    @PreAuthorize(Role.CAN_ADMINISTER)
    @Operation(summary = "Forgive a customer's no-shows so far: the chat books for them again")
    NoShowStrikes.Standing lift(@PathVariable UUID customerId) {
        return strikes.lift(customerId);
    }

    @GetMapping("/availability")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Free slots of a resource, or of every active resource of a type, on a day (date) or from day to day (at most 31), in the resource's zone; default today")
    BookingRequests.Availability availability(@RequestParam(required = false) UUID resourceId,
                                              @RequestParam(required = false) String type,
                                              @RequestParam(required = false) LocalDate date,
                                              @RequestParam(required = false) LocalDate from,
                                              @RequestParam(required = false) LocalDate to) {
        LocalDate first = date != null ? date : from;
        LocalDate last = date != null ? date : to != null ? to : from;
        return new BookingRequests.Availability(availability.freeSlots(resourceId, type, first, last));
    }

    @GetMapping("/bookings")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "List bookings overlapping [from, to), by start")
    PageResponse<BookingRequests.View> list(@ParameterObject @Valid PageQuery page,
                                            @RequestParam(required = false) Instant from,
                                            @RequestParam(required = false) Instant to,
                                            @RequestParam(required = false) UUID resourceId,
                                            @RequestParam(required = false) BookingStatus status,
                                            @RequestParam(required = false) UUID customerId) {
        return bookings.list(from, to, resourceId, status, customerId,
                page.toPageable(Sort.by("startsAt").and(Sort.by("id"))));
    }

    @GetMapping("/customers/{customerId}/bookings")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "A customer's bookings, latest start first")
    PageResponse<BookingRequests.View> ofCustomer(@PathVariable UUID customerId, @ParameterObject @Valid PageQuery page) {
        return bookings.list(null, null, null, null, customerId,
                page.toPageable(Sort.by(Sort.Direction.DESC, "startsAt").and(Sort.by("id"))));
    }

    @PostMapping("/bookings")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Book a slot (CONFIRMED, or HELD for a while); 409 with the nearest free slots when it is taken. "
            + "With repeat, every occurrence is its own booking and the answer is a BookingSeries of those booked and those that conflicted")
    @ApiResponse(responseCode = "201", content = @Content(schema = @Schema(oneOf = {BookingRequests.View.class,
            BookingRequests.Series.class})))
    Object create(@Valid @RequestBody BookingRequests.Create request) {
        return request.repeat() == null ? bookings.create(request) : bookings.createSeries(request);
    }

    @GetMapping("/bookings/{id}")
    @PreAuthorize(Role.CAN_READ)
    @Operation(summary = "Get a booking")
    BookingRequests.View get(@PathVariable UUID id) {
        return bookings.get(id);
    }

    @PatchMapping("/bookings/{id}")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Move a HELD or CONFIRMED booking to another start (and resource), or resize it to another end; priced anew; 409 when taken")
    BookingRequests.View move(@PathVariable UUID id, @Valid @RequestBody BookingRequests.Move request) {
        return bookings.move(id, request);
    }

    @PostMapping("/bookings/{id}/confirm")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Confirm a HELD booking before its hold runs out")
    BookingRequests.View confirm(@PathVariable UUID id) {
        return bookings.confirm(id);
    }

    @PostMapping("/bookings/{id}/cancel")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Cancel a HELD or CONFIRMED booking; its slot is free again")
    BookingRequests.View cancel(@PathVariable UUID id) {
        return bookings.cancel(id);
    }

    @PostMapping("/bookings/{id}/complete")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Mark a CONFIRMED booking as completed")
    BookingRequests.View complete(@PathVariable UUID id) {
        return bookings.complete(id);
    }

    @PostMapping("/bookings/{id}/no-show")
    @PreAuthorize(Role.CAN_WRITE)
    @Operation(summary = "Mark a CONFIRMED booking that has started as a no-show")
    BookingRequests.View noShow(@PathVariable UUID id) {
        return bookings.markNoShow(id);
    }
}
