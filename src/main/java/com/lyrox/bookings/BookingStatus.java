package com.lyrox.bookings;

/** Where a booking stands. HELD and CONFIRMED bookings take their slot; the others free it. */
public enum BookingStatus {
    HELD, CONFIRMED, COMPLETED, CANCELLED, NO_SHOW, EXPIRED;

    /** Whether a booking in this status keeps its slot from everyone else. */
    public boolean takesSlot() {
        return this == HELD || this == CONFIRMED;
    }
}
