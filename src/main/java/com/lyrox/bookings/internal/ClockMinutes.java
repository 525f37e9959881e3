package com.lyrox.bookings.internal;

import com.lyrox.platform.ApiProblem;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A wall-clock time of day as "HH:mm" and as minutes from midnight; "24:00" is the midnight that ends a day. */
final class ClockMinutes {

    private static final Pattern TIME = Pattern.compile("^([01][0-9]|2[0-4]):([0-5][0-9])$");

    private ClockMinutes() {
    }

    /** Minutes from midnight of {@code text}, or a 400 naming {@code field}. */
    static int parse(String field, String text) {
        Matcher matcher = text == null ? null : TIME.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw ApiProblem.invalid(field, "must be a time of day such as 08:00 or 22:30 (24:00 for midnight at the end)");
        }
        int minutes = Integer.parseInt(matcher.group(1)) * 60 + Integer.parseInt(matcher.group(2));
        if (minutes > 1440) {
            throw ApiProblem.invalid(field, "must be at most 24:00");
        }
        return minutes;
    }

    static String format(int minutes) {
        return "%02d:%02d".formatted(minutes / 60, minutes % 60);
    }
}
