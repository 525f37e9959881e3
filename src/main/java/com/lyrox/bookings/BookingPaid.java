package com.lyrox.bookings;

import java.util.UUID;

/** A booking held for payment was confirmed because its sale was paid. */
public record BookingPaid(UUID companyId, UUID bookingId, UUID customerId, UUID saleId) {
}
