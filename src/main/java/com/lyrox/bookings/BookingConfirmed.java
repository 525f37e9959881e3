package com.lyrox.bookings;

import java.time.Instant;
import java.util.UUID;

/** A booking was confirmed (directly, or a hold was confirmed). */
public record BookingConfirmed(UUID companyId, UUID bookingId, UUID resourceId, UUID customerId, Instant start) {
}
