package com.lyrox.bookings;

import java.time.YearMonth;

/** How many bookings the current company made, as its plan counts them. */
public interface BookingCounts {

    /** Bookings made (whatever became of them) in a UTC calendar month. */
    long madeIn(YearMonth month);
}
