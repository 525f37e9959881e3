package com.lyrox.bookings;

/**
 * A place in a waitlist: WAITING in line, OFFERED the freed slot (held for the customer to claim),
 * CLAIMED (they confirmed it), EXPIRED (they let the offer go, or the slot passed), CANCELLED.
 */
public enum WaitlistStatus {
    WAITING, OFFERED, CLAIMED, EXPIRED, CANCELLED
}
