package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingStatus;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A slot of a resource booked for a customer: HELD → CONFIRMED → COMPLETED, or CANCELLED,
 * NO_SHOW, EXPIRED. Its price is computed when it is booked and kept. That it overlaps no
 * other booking of the resource is the database's to guarantee (constraint {@code no_double_booking}).
 */
@Entity
@Table(name = "bookings")
class Booking extends TenantOwnedEntity {

    /** The longest a booking holds its resource, buffer included (the store refuses longer); reads of a period rely on it. */
    static final Duration LONGEST = Duration.ofDays(2);

    @Column(name = "resource_id", nullable = false)
    private UUID resourceId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "blocked_until", nullable = false)
    private Instant blockedUntil;

    @Column(nullable = false)
    private boolean exclusive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BookingStatus status;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "hold_expires_at")
    private Instant holdExpiresAt;

    @Column(name = "sale_id")
    private UUID saleId;

    @Column(nullable = false)
    private String source;

    private String notes;

    @Column(name = "series_id", updatable = false)
    private UUID seriesId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    protected Booking() {
    }

    Booking(UUID customerId, SlotCalendar.Slot slot, Instant blockedUntil, boolean exclusive, Instant holdExpiresAt,
            String source, String notes, UUID seriesId, Instant now) {
        this.customerId = customerId;
        this.seriesId = seriesId;
        this.source = source;
        this.notes = notes;
        place(slot, blockedUntil, exclusive);
        if (holdExpiresAt != null) {
            this.status = BookingStatus.HELD;
            this.holdExpiresAt = holdExpiresAt;
        } else {
            this.status = BookingStatus.CONFIRMED;
            this.confirmedAt = now;
        }
    }

    /** Moves to another slot (of the same or another resource), priced anew. */
    void moveTo(SlotCalendar.Slot slot, Instant newBlockedUntil, boolean newExclusive) {
        requireStatus(Set.of(BookingStatus.HELD, BookingStatus.CONFIRMED), "move");
        place(slot, newBlockedUntil, newExclusive);
    }

    void confirm(Instant now) {
        requireStatus(Set.of(BookingStatus.HELD), "be confirmed");
        if (!holdExpiresAt.isAfter(now)) {
            throw ApiProblem.conflict("status", "The hold ran out at " + holdExpiresAt + "; book the slot again");
        }
        this.status = BookingStatus.CONFIRMED;
        this.confirmedAt = now;
        this.holdExpiresAt = null;
    }

    void cancel(Instant now) {
        requireStatus(Set.of(BookingStatus.HELD, BookingStatus.CONFIRMED), "be cancelled");
        this.status = BookingStatus.CANCELLED;
        this.cancelledAt = now;
        this.holdExpiresAt = null;
    }

    void complete() {
        requireStatus(Set.of(BookingStatus.CONFIRMED), "be completed");
        this.status = BookingStatus.COMPLETED;
    }

    void markNoShow(Instant now) {
        requireStatus(Set.of(BookingStatus.CONFIRMED), "be marked as a no-show");
        if (now.isBefore(startsAt)) {
            throw ApiProblem.conflict("status", "A booking can be marked as a no-show once it has started");
        }
        this.status = BookingStatus.NO_SHOW;
    }

    /** The hold waits for this sale to be paid. */
    void awaitPayment(UUID sale) {
        requireStatus(Set.of(BookingStatus.HELD), "wait for a payment");
        this.saleId = sale;
    }

    /**
     * The sale the hold waited for was paid: confirmed even when its hold ran out a moment ago but
     * has not been expired yet (the customer paid in time as far as they could tell).
     */
    void confirmPaid(Instant now) {
        requireStatus(Set.of(BookingStatus.HELD), "be confirmed");
        this.status = BookingStatus.CONFIRMED;
        this.confirmedAt = now;
        this.holdExpiresAt = null;
    }

    /** A hold that ran out; false when the booking is no longer held or its hold still runs. */
    boolean expireIfDue(Instant now) {
        if (status != BookingStatus.HELD || holdExpiresAt.isAfter(now)) {
            return false;
        }
        this.status = BookingStatus.EXPIRED;
        this.holdExpiresAt = null;
        return true;
    }

    private void place(SlotCalendar.Slot slot, Instant newBlockedUntil, boolean newExclusive) {
        this.resourceId = slot.resourceId();
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.blockedUntil = newBlockedUntil;
        this.exclusive = newExclusive;
        this.price = slot.price();
        this.currency = slot.currency();
    }

    private void requireStatus(Set<BookingStatus> allowed, String action) {
        if (!allowed.contains(status)) {
            throw ApiProblem.conflict("status", "Only a " + allowed.stream().map(Enum::name).sorted()
                    .reduce((a, b) -> a + " or " + b).orElseThrow() + " booking can " + action + "; this one is " + status);
        }
    }

    UUID resourceId() {
        return resourceId;
    }

    UUID customerId() {
        return customerId;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    Instant blockedUntil() {
        return blockedUntil;
    }

    BookingStatus status() {
        return status;
    }

    BigDecimal price() {
        return price;
    }

    String currency() {
        return currency;
    }

    Instant holdExpiresAt() {
        return holdExpiresAt;
    }

    String source() {
        return source;
    }

    String notes() {
        return notes;
    }

    Instant confirmedAt() {
        return confirmedAt;
    }

    Instant cancelledAt() {
        return cancelledAt;
    }

    /** The sale that pays for it; null when none. */
    UUID saleId() {
        return saleId;
    }

    UUID seriesId() {
        return seriesId;
    }
}
