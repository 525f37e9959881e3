package com.lyrox.bookings.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.bookings.WaitlistStatus;
import com.lyrox.platform.TenantOwnedEntity;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A customer in line for a taken slot of a resource. */
@Entity
@Table(name = "booking_waitlist")
class WaitlistEntry extends TenantOwnedEntity {

    @Column(name = "resource_id", nullable = false, updatable = false)
    private UUID resourceId;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WaitlistStatus status;

    @Column(name = "offered_booking_id")
    private UUID offeredBookingId;

    @Column(name = "offered_until")
    private Instant offeredUntil;

    protected WaitlistEntry() {
    }

    WaitlistEntry(UUID resourceId, UUID customerId, Instant startsAt, Instant endsAt) {
        this.resourceId = resourceId;
        this.customerId = customerId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.status = WaitlistStatus.WAITING;
    }

    void offered(UUID bookingId, Instant until) {
        this.status = WaitlistStatus.OFFERED;
        this.offeredBookingId = bookingId;
        this.offeredUntil = until;
    }

    void close(WaitlistStatus outcome) {
        this.status = outcome;
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

    UUID offeredBookingId() {
        return offeredBookingId;
    }

    WaitlistStatus status() {
        return status;
    }

    View toView(String resourceName, String customerName, String customerPhone) {
        return new View(getId(), resourceId, resourceName, startsAt, endsAt, new Person(customerId, customerName, customerPhone),
                status, offeredBookingId, offeredUntil, getCreatedAt());
    }

    /** The customer waiting. */
    @Schema(name = "WaitlistCustomer")
    record Person(UUID id, @Schema(example = "Budi") String name, @Schema(example = "+6281234567890") String phone) {
    }

    /** A waitlist entry as the API shows it. */
    @Schema(name = "WaitlistEntry")
    record View(UUID id, UUID resourceId, @Schema(example = "Lapangan Futsal 1") String resourceName,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end,
                Person customer, @Schema(example = "WAITING") WaitlistStatus status,
                @Schema(description = "The hold made for the customer when the slot freed") UUID offeredBookingId,
                @Schema(description = "Until when the customer can claim the freed slot")
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant offeredUntil,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt) {
    }
}
