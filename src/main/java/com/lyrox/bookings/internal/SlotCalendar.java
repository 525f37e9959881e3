package com.lyrox.bookings.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The slots of one resource: its opening ranges cut into slots (each followed by the buffer),
 * on wall-clock time in the resource's zone, each lasting the slot's length in real time. A
 * start that does not exist on a day the clock goes forward is skipped; on a day it goes back
 * the first of the two is used. Knows nothing of stores: every input is given.
 */
record SlotCalendar(Plan plan, List<Range> hours, List<PriceRule> prices) {

    /** The days after its first a booking of several slots may reach into. */
    private static final int LONGEST_DAYS = 2;

    /** What the calendar needs of a resource. */
    record Plan(UUID resourceId, ZoneId zone, Duration slot, Duration buffer, Duration minNotice, int maxDaysAhead,
                int capacity, BigDecimal price, String currency) {
    }

    /** An opening range on a weekday, minutes from midnight (1440: the midnight that ends the day). */
    record Range(DayOfWeek day, int opensMinute, int closesMinute) {
    }

    /** A period of time that holds {@code count} bookings (a closure holds them all). */
    record Period(Instant start, Instant end, int count) {

        boolean overlaps(Instant otherStart, Instant otherEnd) {
            return start.isBefore(otherEnd) && otherStart.isBefore(end);
        }
    }

    /** Slots starting on one of the days, from {@code fromMinute} to before {@code toMinute}, cost this. */
    record PriceRule(List<DayOfWeek> days, int fromMinute, int toMinute, BigDecimal multiplier, BigDecimal fixedPrice) {

        boolean covers(ZonedDateTime start) {
            int minute = start.getHour() * 60 + start.getMinute();
            return days.contains(start.getDayOfWeek()) && minute >= fromMinute && minute < toMinute;
        }

        BigDecimal priceFrom(BigDecimal base) {
            return fixedPrice != null ? fixedPrice : base.multiply(multiplier).setScale(2, RoundingMode.HALF_UP);
        }
    }

    /** A slot and its price. */
    record Slot(UUID resourceId, Instant start, Instant end, BigDecimal price, String currency) {
    }

    /**
     * The free slots from day {@code from} to day {@code to} (both included, in the resource's
     * zone) that can still be booked at {@code now}: after the minimum notice, within the days
     * ahead, outside closures, and with room left beside the bookings already taken.
     */
    List<Slot> freeSlots(LocalDate from, LocalDate to, Instant now, List<Period> taken, List<Period> closures) {
        List<Slot> free = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (ZonedDateTime start : startsOn(day)) {
                Slot slot = slotAt(start);
                if (bookableAt(slot, now, closures) && room(slot, taken) > 0) {
                    free.add(slot);
                }
            }
        }
        free.sort(Comparator.comparing(Slot::start));
        return free;
    }

    /**
     * The slot starting at {@code start} when it is one of the resource's slots that can be
     * booked at {@code now} (bookings already taken aside); empty when it is not.
     */
    Optional<Slot> slotStartingAt(Instant start, Instant now, List<Period> closures) {
        LocalDate day = start.atZone(plan.zone()).toLocalDate();
        return startsOn(day).stream().filter(candidate -> candidate.toInstant().equals(start)).findFirst()
                .map(this::slotAt).filter(slot -> bookableAt(slot, now, closures));
    }

    /**
     * A booking of several slots in a row from {@code start}: up to {@code end} when given, else
     * {@code count} slots. The slots must follow one another (each starting where the one before
     * it and its buffer end, the buffers between them becoming part of the booking) and each be
     * bookable at {@code now}; the price is the sum of theirs. Empty when they are not.
     */
    Optional<Slot> spanStartingAt(Instant start, Instant end, int count, Instant now, List<Period> closures) {
        LocalDate day = start.atZone(plan.zone()).toLocalDate();
        List<Instant> starts = new ArrayList<>();
        for (LocalDate each = day; !each.isAfter(day.plusDays(LONGEST_DAYS)); each = each.plusDays(1)) {
            startsOn(each).forEach(candidate -> starts.add(candidate.toInstant()));
        }
        starts.sort(Comparator.naturalOrder());
        int index = starts.indexOf(start);
        if (index < 0) {
            return Optional.empty();
        }
        List<Slot> parts = new ArrayList<>(List.of(slotAt(start.atZone(plan.zone()))));
        Slot last = parts.get(0);
        while (end != null ? last.end().isBefore(end) : parts.size() < count) {
            index++;
            if (index >= starts.size() || !starts.get(index).equals(blockedUntil(last))) {
                return Optional.empty();
            }
            last = slotAt(starts.get(index).atZone(plan.zone()));
            parts.add(last);
        }
        if (end != null && !last.end().equals(end) || parts.stream().anyMatch(part -> !bookableAt(part, now, closures))) {
            return Optional.empty();
        }
        BigDecimal price = parts.stream().map(Slot::price).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(new Slot(plan.resourceId(), start, last.end(), price, plan.currency()));
    }

    /** How many of this calendar's slots a booking from {@code start} to {@code end} covers (at least one). */
    int slotsIn(Instant start, Instant end) {
        long step = plan.slot().plus(plan.buffer()).toSeconds();
        long covered = Duration.between(start, end).plus(plan.buffer()).toSeconds();
        return (int) Math.max(1, Math.round((double) covered / step));
    }

    /** Why {@code start} cannot be booked at {@code now}, for an error a person can act on. */
    String whyNotBookable(Instant start, Instant now) {
        if (start.isBefore(now.plus(plan.minNotice()))) {
            return "must be at least " + plan.minNotice().toMinutes() + " minutes from now";
        }
        if (beyondHorizon(start, now)) {
            return "must be at most " + plan.maxDaysAhead() + " days ahead";
        }
        return "is not the start of a slot of this resource (opening hours, slot length, closures)";
    }

    /** The moment the buffer after a booking of {@code slot} ends. */
    Instant blockedUntil(Slot slot) {
        return slot.end().plus(plan.buffer());
    }

    /** Room left in {@code slot} beside {@code taken} (a one-at-a-time resource: 1 or 0). */
    int room(Slot slot, List<Period> taken) {
        Instant blockedUntil = blockedUntil(slot);
        int used = taken.stream().filter(period -> period.overlaps(slot.start(), blockedUntil))
                .mapToInt(Period::count).sum();
        return Math.max(0, plan.capacity() - used);
    }

    private boolean bookableAt(Slot slot, Instant now, List<Period> closures) {
        return !slot.start().isBefore(now.plus(plan.minNotice())) && !beyondHorizon(slot.start(), now)
                && closures.stream().noneMatch(closure -> closure.overlaps(slot.start(), slot.end()));
    }

    private boolean beyondHorizon(Instant start, Instant now) {
        LocalDate last = now.atZone(plan.zone()).toLocalDate().plusDays(plan.maxDaysAhead());
        return start.atZone(plan.zone()).toLocalDate().isAfter(last);
    }

    /** Every slot start of a day by the opening ranges, whatever is booked. */
    private List<ZonedDateTime> startsOn(LocalDate day) {
        List<ZonedDateTime> starts = new ArrayList<>();
        long step = plan.slot().plus(plan.buffer()).toMinutes();
        for (Range range : hours) {
            if (range.day() != day.getDayOfWeek()) {
                continue;
            }
            Instant closes = wallClock(day, range.closesMinute()).toInstant();
            for (long minute = range.opensMinute(); minute + plan.slot().toMinutes() <= range.closesMinute(); minute += step) {
                LocalDateTime local = day.atStartOfDay().plusMinutes(minute);
                if (plan.zone().getRules().getValidOffsets(local).isEmpty()) {
                    continue;
                }
                ZonedDateTime start = local.atZone(plan.zone());
                if (!start.toInstant().plus(plan.slot()).isAfter(closes)) {
                    starts.add(start);
                }
            }
        }
        return starts;
    }

    private ZonedDateTime wallClock(LocalDate day, int minute) {
        return day.atStartOfDay().plusMinutes(minute).atZone(plan.zone());
    }

    private Slot slotAt(ZonedDateTime start) {
        BigDecimal price = prices.stream().filter(rule -> rule.covers(start)).map(rule -> rule.priceFrom(plan.price()))
                .max(Comparator.naturalOrder()).orElse(plan.price());
        return new Slot(plan.resourceId(), start.toInstant(), start.toInstant().plus(plan.slot()), price, plan.currency());
    }
}
