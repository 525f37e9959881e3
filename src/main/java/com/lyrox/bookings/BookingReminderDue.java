package com.lyrox.bookings;

import java.util.UUID;

/**
 * A confirmed booking starts soon and its customer is to be reminded. Published once per booking
 * (the reminder is claimed in the store first), on the reminder job's thread.
 */
public record BookingReminderDue(UUID companyId, UUID bookingId, UUID customerId) {
}
