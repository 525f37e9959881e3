package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingFigures;
import com.lyrox.bookings.BookingStatus;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Days of bookings in the company's zone, as the home page and the analytics show them: how many,
 * how much of the open time they fill, and what the confirmed ones are worth.
 */
@Component
class BookingSummaries implements BookingFigures {

    private static final List<BookingStatus> OCCUPYING = List.of(BookingStatus.HELD, BookingStatus.CONFIRMED,
            BookingStatus.COMPLETED, BookingStatus.NO_SHOW);
    private static final List<BookingStatus> EARNING = List.of(BookingStatus.CONFIRMED, BookingStatus.COMPLETED);

    private final ResourceRepository resources;
    private final BookingRepository bookings;
    private final ClosureRepository closures;
    private final Calendars calendars;
    private final Clock clock;

    BookingSummaries(ResourceRepository resources, BookingRepository bookings, ClosureRepository closures,
                     Calendars calendars, Clock clock) {
        this.resources = resources;
        this.bookings = bookings;
        this.closures = closures;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** The summary of {@code date} (default today) in the company's zone. */
    @Transactional(readOnly = true)
    BookingRequests.Summary of(LocalDate date) {
        ZoneId zone = calendars.companyZone();
        LocalDate day = date != null ? date : clock.instant().atZone(zone).toLocalDate();
        Day figures = daysBetween(day, day).get(0);
        double occupancy = figures.openMinutes() == 0 ? 0 : Math.min(1.0, (double) figures.bookedMinutes() / figures.openMinutes());
        return new BookingRequests.Summary(day, zone.getId(), figures.bookings(), Math.round(occupancy * 1000) / 1000.0,
                figures.revenue().entrySet().stream().map(entry -> new BookingRequests.Amount(entry.getKey(), entry.getValue()))
                        .toList());
    }

    /**
     * Every day of [first, last] from one read of the period's bookings and closures: each booking
     * (at most two days long, {@link Booking#LONGEST}) is filed under the days it touches.
     */
    @Override
    @Transactional(readOnly = true)
    public List<Day> daysBetween(LocalDate first, LocalDate last) {
        ZoneId zone = calendars.companyZone();
        Instant now = clock.instant();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        List<Resource> active = resources.allActive();
        List<UUID> ids = active.stream().map(Resource::getId).toList();
        Map<UUID, SlotCalendar> calendarsById = active.isEmpty() ? Map.of() : calendars.ofAll(active);
        Map<UUID, List<SlotCalendar.Period>> closedById = active.isEmpty() ? Map.of()
                : closures.ofResourcesBetween(ids, from, to).stream().collect(Collectors.groupingBy(Closure::resourceId,
                        Collectors.mapping(Closure::period, Collectors.toList())));
        Map<LocalDate, List<Booking>> byDay = new HashMap<>();
        if (!active.isEmpty()) {
            for (Booking booking : bookings.takingSlotsOfAllBetween(ids, from, to, OCCUPYING)) {
                if (booking.status() == BookingStatus.HELD && !booking.holdExpiresAt().isAfter(now)) {
                    continue;
                }
                LocalDate touched = LocalDate.ofInstant(booking.startsAt(), zone);
                LocalDate lastTouched = LocalDate.ofInstant(booking.endsAt().minusNanos(1), zone);
                for (; !touched.isAfter(lastTouched); touched = touched.plusDays(1)) {
                    byDay.computeIfAbsent(touched, day -> new ArrayList<>()).add(booking);
                }
            }
        }
        List<Day> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(day(day, zone, active, calendarsById, closedById, byDay.getOrDefault(day, List.of())));
        }
        return days;
    }

    private static Day day(LocalDate day, ZoneId zone, List<Resource> active, Map<UUID, SlotCalendar> calendarsById,
                           Map<UUID, List<SlotCalendar.Period>> closedById, List<Booking> touching) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<Booking> ofDay = touching.stream()
                .filter(booking -> booking.startsAt().isBefore(to) && booking.endsAt().isAfter(from)).toList();
        long openPlaceMinutes = 0;
        long bookedPlaceMinutes = 0;
        for (Resource resource : active) {
            List<SlotCalendar.Period> open = openPeriods(calendarsById.get(resource.getId()), day, from, to,
                    closedById.getOrDefault(resource.getId(), List.of()));
            openPlaceMinutes += minutes(open) * resource.capacity();
            for (Booking booking : ofDay) {
                if (booking.resourceId().equals(resource.getId())) {
                    bookedPlaceMinutes += minutes(clip(open, booking.startsAt(), booking.endsAt()));
                }
            }
        }
        Map<String, BigDecimal> revenue = new TreeMap<>();
        ofDay.stream().filter(booking -> EARNING.contains(booking.status()) && !booking.startsAt().isBefore(from))
                .forEach(booking -> revenue.merge(booking.currency(), booking.price(), BigDecimal::add));
        int count = (int) ofDay.stream().filter(booking -> !booking.startsAt().isBefore(from)).count();
        return new Day(day, count, openPlaceMinutes, Math.min(bookedPlaceMinutes, openPlaceMinutes), revenue);
    }

    /** The resource's opening ranges on {@code day} in its zone, within [from, to), without its closures. */
    private static List<SlotCalendar.Period> openPeriods(SlotCalendar calendar, LocalDate day, Instant from, Instant to,
                                                         List<SlotCalendar.Period> closed) {
        ZoneId zone = calendar.plan().zone();
        List<SlotCalendar.Period> open = new ArrayList<>();
        for (LocalDate local = day.minusDays(1); !local.isAfter(day.plusDays(1)); local = local.plusDays(1)) {
            for (SlotCalendar.Range range : calendar.hours()) {
                if (range.day() == local.getDayOfWeek()) {
                    Instant opens = at(local, range.opensMinute(), zone);
                    Instant closes = at(local, range.closesMinute(), zone);
                    open.addAll(clip(List.of(new SlotCalendar.Period(opens, closes, 1)), from, to));
                }
            }
        }
        List<SlotCalendar.Period> withoutClosures = open;
        for (SlotCalendar.Period closure : closed) {
            List<SlotCalendar.Period> remaining = new ArrayList<>();
            for (SlotCalendar.Period period : withoutClosures) {
                if (!period.overlaps(closure.start(), closure.end())) {
                    remaining.add(period);
                    continue;
                }
                if (period.start().isBefore(closure.start())) {
                    remaining.add(new SlotCalendar.Period(period.start(), closure.start(), 1));
                }
                if (closure.end().isBefore(period.end())) {
                    remaining.add(new SlotCalendar.Period(closure.end(), period.end(), 1));
                }
            }
            withoutClosures = remaining;
        }
        return withoutClosures;
    }

    private static Instant at(LocalDate day, int minute, ZoneId zone) {
        return minute >= 24 * 60 ? day.plusDays(1).atStartOfDay(zone).toInstant()
                : day.atTime(LocalTime.ofSecondOfDay(minute * 60L)).atZone(zone).toInstant();
    }

    private static List<SlotCalendar.Period> clip(List<SlotCalendar.Period> periods, Instant from, Instant to) {
        List<SlotCalendar.Period> clipped = new ArrayList<>();
        for (SlotCalendar.Period period : periods) {
            Instant start = period.start().isAfter(from) ? period.start() : from;
            Instant end = period.end().isBefore(to) ? period.end() : to;
            if (start.isBefore(end)) {
                clipped.add(new SlotCalendar.Period(start, end, 1));
            }
        }
        return clipped;
    }

    private static long minutes(List<SlotCalendar.Period> periods) {
        return periods.stream().mapToLong(period -> (period.end().getEpochSecond() - period.start().getEpochSecond()) / 60).sum();
    }
}
