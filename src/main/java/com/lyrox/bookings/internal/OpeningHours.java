package com.lyrox.bookings.internal;

import com.lyrox.platform.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.util.UUID;

/** One opening range of a resource on a weekday, in the resource's zone. */
@Entity
@Table(name = "booking_opening_hours")
class OpeningHours extends TenantOwnedEntity {

    @Column(name = "resource_id", nullable = false, updatable = false)
    private UUID resourceId;

    @Column(name = "day_of_week", nullable = false)
    private short dayOfWeek;

    @Column(name = "opens_minute", nullable = false)
    private int opensMinute;

    @Column(name = "closes_minute", nullable = false)
    private int closesMinute;

    protected OpeningHours() {
    }

    OpeningHours(UUID resourceId, DayOfWeek day, int opensMinute, int closesMinute) {
        this.resourceId = resourceId;
        this.dayOfWeek = (short) day.getValue();
        this.opensMinute = opensMinute;
        this.closesMinute = closesMinute;
    }

    UUID resourceId() {
        return resourceId;
    }

    SlotCalendar.Range range() {
        return new SlotCalendar.Range(DayOfWeek.of(dayOfWeek), opensMinute, closesMinute);
    }
}
