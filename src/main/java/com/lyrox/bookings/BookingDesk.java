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

    /** Whether the company's plan includes bookings and it has an active resource the chat can book. */
    boolean takesBookings();

    /** Whether one more booking fits the plan this month; when not, the owner is told at once. */
    boolean roomForABooking();

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

    /**
     * Puts the customer in line for the slot at {@code time} on {@code day} (words as for
     * {@link #findSlots}) of a resource of {@code type} where that slot exists and is taken; when
     * it frees, the first in line gets it held for them. Null when no such slot is taken (it is
     * free, or there is none at that time).
     */
    Waiting joinWaitlist(UUID customerId, String day, LocalTime time, String type);

    /** Whether a booking waits for (or was confirmed by) this sale: its payment is told of as the booking's. */
    boolean paysForABooking(UUID saleId);

    /** A booking of the customer's, as the chat tells them about it (a reminder, a freed slot). */
    ChatBooking booking(UUID bookingId);

    /** A free slot offered in the chat, with its local wall-clock time for the reply. */
    record Offer(UUID resourceId, String resourceName, Instant start, Instant end, String localDay, LocalTime localTime,
                 BigDecimal price, String currency) {
    }

    /** A booking as the chat tells the customer about it. */
    record ChatBooking(UUID id, String resourceName, Instant start, String localDay, LocalTime localTime,
                       BigDecimal price, String currency, BookingStatus status, Instant holdExpiresAt, String calendarUrl,
                       String paymentLink, String zone) {

        /** Held until it is paid: a yes does not confirm it, the payment does. */
        public boolean awaitingPayment() {
            return status == BookingStatus.HELD && paymentLink != null;
        }
    }

    /** A place in the waitlist for a taken slot. */
    record Waiting(UUID entryId, String resourceName, Instant start, String localDay, LocalTime localTime, int position) {
    }

    /** A hold: the booking, or the slot was taken and these are free instead. */
    record Held(ChatBooking booking, List<Offer> alternatives) {
    }
}
