package com.lyrox.bookings;

import java.util.UUID;

/** A booking was refused because the company's plan's bookings of the month are all made: the owner is told at once. */
public record BookingLimitReached(UUID companyId, String plan, long bookingsPerMonth) {
}
