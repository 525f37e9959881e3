package com.lyrox.customers;

import java.time.Instant;
import java.util.List;

/** When the current company's customers first got in touch, for reports. */
public interface CustomerFigures {

    /** The first contact of every customer whose first contact falls within [from, to). */
    List<Instant> firstContactsBetween(Instant from, Instant to);
}
