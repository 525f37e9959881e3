package com.lyrox.analytics.internal;

import com.lyrox.platform.ApiProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Days [from, to], both included, in the company's time zone: the last 30 by default, at most 366. */
record ReportPeriod(LocalDate from, LocalDate to, ZoneId zone) {

    static final int DEFAULT_DAYS = 30;
    static final int MOST_DAYS = 366;

    static ReportPeriod of(LocalDate from, LocalDate to, ZoneId zone, Clock clock) {
        LocalDate end = to != null ? to : LocalDate.now(clock.withZone(zone));
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS - 1L);
        if (start.isAfter(end)) {
            throw ApiProblem.invalid("from", "must be on or before to");
        }
        if (ChronoUnit.DAYS.between(start, end) >= MOST_DAYS) {
            throw ApiProblem.invalid("to", "must be at most " + MOST_DAYS + " days after from");
        }
        if (start.getYear() < 2000 || end.getYear() > 9999) {
            throw ApiProblem.invalid("from", "must be between the years 2000 and 9999");
        }
        return new ReportPeriod(start, end, zone);
    }

    Instant start() {
        return from.atStartOfDay(zone).toInstant();
    }

    Instant end() {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
