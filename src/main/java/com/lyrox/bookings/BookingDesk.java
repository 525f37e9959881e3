package com.lyrox.bookings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * What the chat asks of bookings, always within the current company and for one customer: free
 * slots for a day said in words, a hold on one of them, its confirmation or cancellation.
 */
public interface BookingDesk {

    /** Whether the company has an active resource the chat can book. */
    boolean takesBookings();

    /**
     * Up to {@code most} free slots on {@code day}, in the zone of the company's resources:
     * "today", "tomorrow", "day_after_tomorrow", a weekday ("SATURDAY", the next one, today
     * included) or an ISO date. Nearest to {@code time} when given, else within {@code part}
     * of the day (MORNING, AFTERNOON, EVENING) when given, else the first of the day; of the
     * resources of {@code type} when given.
     */
    List<Offer> findSlots(String day, LocalTime time, String part, String type, int most);

    /**
     * Holds a slot for the customer (HELD, for the hold duration), giving back the slot of a hold
     * they had before; empty alternatives when held.
     */
    Held hold(UUID customerId, UUID resourceId, Instant start);

    /** Confirms the customer's latest held booking; null when they hold none. */
    ChatBooking confirmHeld(UUID customerId);

    /** Cancels the customer's held booking, else their next confirmed one; null when they have none. */
    ChatBooking cancelNext(UUID customerId);

    /** The customer's upcoming bookings, held or confirmed, soonest first. */
    List<ChatBooking> upcoming(UUID customerId);

    /** Whether the customer's no-shows bar them from booking through the chat. */
    boolean barred(UUID customerId);

    /** A free slot offered in the chat, with its local wall-clock time for the reply. */
    record Offer(UUID resourceId, String resourceName, Instant start, Instant end, String localDay, LocalTime localTime,
                 BigDecimal price, String currency) {
    }

    /** A booking as the chat tells the customer about it. */
    record ChatBooking(UUID id, String resourceName, Instant start, String localDay, LocalTime localTime,
                       BigDecimal price, String currency, BookingStatus status, Instant holdExpiresAt, String calendarUrl) {
    }

    /** A hold: the booking, or the slot was taken and these are free instead. */
    record Held(ChatBooking booking, List<Offer> alternatives) {
    }
}
