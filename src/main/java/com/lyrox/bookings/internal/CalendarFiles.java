package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.springframework.stereotype.Component;

/** Bookings as iCalendar (RFC 5545) text: one booking for its customer, or a resource's feed for its owner. */
@Component
class CalendarFiles {

    static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

    /** A booking as an entry of a calendar: its title and where it takes place. */
    record Event(BookingRequests.View booking, String title, String place) {
    }

    String write(List<Event> events) {
        Calendar calendar = new Calendar().withProdId("-//Lyrox//Bookings//EN").withDefaults().getFluentTarget();
        for (Event event : events) {
            BookingRequests.View booking = event.booking();
            VEvent entry = new VEvent(booking.start(), booking.end(), event.title());
            entry.add(new Uid(booking.id() + "@lyrox"));
            entry.add(new Location(event.place()));
            entry.add(new Description(booking.price().toPlainString() + " " + booking.currency() + " · " + booking.status()));
            entry.add(new Status(status(booking.status())));
            calendar.add(entry);
        }
        StringWriter text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String status(BookingStatus status) {
        return switch (status) {
            case HELD -> "TENTATIVE";
            case CANCELLED, EXPIRED, NO_SHOW -> "CANCELLED";
            case CONFIRMED, COMPLETED -> "CONFIRMED";
        };
    }
}
