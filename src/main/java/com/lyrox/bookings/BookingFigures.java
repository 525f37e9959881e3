package com.lyrox.bookings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The current company's bookings per day of a period, in its zone, for reports. */
public interface BookingFigures {

    /**
     * Each day of [from, to]: bookings starting that day that take or took a slot, the open time of
     * the active resources and how much of it is booked (in place-minutes: a group class counts each
     * place), and what the confirmed ones are worth per currency.
     */
    List<Day> daysBetween(LocalDate from, LocalDate to);

    /** A day of bookings. */
    record Day(LocalDate day, int bookings, long openMinutes, long bookedMinutes, Map<String, BigDecimal> revenue) {
    }
}
