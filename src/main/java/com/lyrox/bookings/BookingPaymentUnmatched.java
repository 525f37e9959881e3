package com.lyrox.bookings;

import java.util.UUID;

/** A sale was paid for a booking that no longer holds its slot (cancelled, or its hold ran out first). */
public record BookingPaymentUnmatched(UUID companyId, UUID bookingId, UUID customerId, UUID saleId) {
}
