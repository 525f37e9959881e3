package com.lyrox.bookings;

import java.time.Instant;
import java.util.UUID;

/** A booking gave its slot back: cancelled, or a hold that expired. */
public record BookingReleased(UUID companyId, UUID bookingId, UUID resourceId, UUID customerId, Instant start,
                              BookingStatus status) {
}
