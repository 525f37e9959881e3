package com.lyrox.bookings;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.UUID;

/** Setting up what a company books, for code that prepares a company (the demo venue); the API does the same. */
public interface ResourceSetup {

    /** A resource with the API's defaults for what it leaves out. */
    record NewResource(String name, String type, int slotMinutes, BigDecimal price, String currency, String timezone) {
    }

    /** An opening range, "08:00" to "23:00". */
    record WeeklyHours(DayOfWeek day, String opens, String closes) {
    }

    /** A price for slots starting on these days between these times: the base price times the multiplier. */
    record PeakPrice(String name, List<DayOfWeek> days, String from, String to, BigDecimal multiplier) {
    }

    /** Creates a resource of the current company with its opening hours. */
    UUID create(NewResource resource, List<WeeklyHours> hours);

    /** Adds a pricing rule for every resource of the current company. */
    void addPeakPrice(PeakPrice price);
}
