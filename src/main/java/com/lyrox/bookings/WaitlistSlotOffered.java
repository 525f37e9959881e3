package com.lyrox.bookings;

import java.time.Instant;
import java.util.UUID;

/**
 * A slot a customer waited for freed and is held for them until {@code claimBy}: they claim it by
 * confirming the hold ({@code bookingId}).
 */
public record WaitlistSlotOffered(UUID companyId, UUID entryId, UUID bookingId, UUID customerId, Instant claimBy) {
}
