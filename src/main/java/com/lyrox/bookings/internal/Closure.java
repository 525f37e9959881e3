package com.lyrox.bookings.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.platform.TenantOwnedEntity;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A period a resource cannot be booked: a holiday, maintenance, a private event. */
@Entity
@Table(name = "booking_closures")
class Closure extends TenantOwnedEntity {

    @Column(name = "resource_id", nullable = false, updatable = false)
    private UUID resourceId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    private String reason;

    protected Closure() {
    }

    Closure(UUID resourceId, Instant startsAt, Instant endsAt, String reason) {
        this.resourceId = resourceId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = reason;
    }

    UUID resourceId() {
        return resourceId;
    }

    SlotCalendar.Period period() {
        return new SlotCalendar.Period(startsAt, endsAt, 1);
    }

    View toView() {
        return new View(getId(), resourceId, startsAt, endsAt, reason);
    }

    /** A closure as the API shows it. */
    @Schema(name = "BookingClosure")
    record View(UUID id, UUID resourceId, @JsonFormat(shape = JsonFormat.Shape.STRING) Instant start,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant end, @Schema(example = "Maintenance") String reason) {
    }
}
