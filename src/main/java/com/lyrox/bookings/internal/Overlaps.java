package com.lyrox.bookings.internal;

import java.sql.SQLException;

/** Recognises PostgreSQL's refusal of an overlapping booking (exclusion_violation, SQLSTATE 23P01). */
final class Overlaps {

    private static final String EXCLUSION_VIOLATION = "23P01";

    private Overlaps() {
    }

    static boolean isOverlap(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
