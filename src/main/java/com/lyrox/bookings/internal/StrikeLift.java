package com.lyrox.bookings.internal;

import com.lyrox.platform.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The last time the owner lifted a customer's no-show bar: earlier no-shows no longer count. */
@Entity
@Table(name = "booking_strike_lifts")
class StrikeLift extends TenantOwnedEntity {

    @Column(name = "customer_id", nullable = false, updatable = false)
    private UUID customerId;

    @Column(name = "lifted_at", nullable = false)
    private Instant liftedAt;

    protected StrikeLift() {
    }

    StrikeLift(UUID customerId, Instant liftedAt) {
        this.customerId = customerId;
        this.liftedAt = liftedAt;
    }

    void liftAgain(Instant at) {
        this.liftedAt = at;
    }

    Instant liftedAt() {
        return liftedAt;
    }
}
