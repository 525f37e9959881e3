package com.lyrox.customers;

import java.time.Instant;
import java.util.List;

/** How many of the current company's customers first got in touch, per quarter of an hour, for reports. */
public interface CustomerFigures {

    /** The quarters of an hour (aligned to UTC) starting in [from, to) with any first contact, oldest first. */
    List<FirstContacts> firstContactsBetween(Instant from, Instant to);

    /** How many customers first got in touch in the quarter of an hour starting at {@code at}. */
    record FirstContacts(Instant at, long customers) {
    }
}
