package com.lyrox.bookings.internal;

import com.lyrox.platform.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Free slots of resources: their calendars beside the bookings that take slots and the closures. */
@Component
class Availability {

    /** The longest span one availability request may cover. */
    static final int MAX_DAYS = 31;
    private final ResourceRepository resources;
    private final BookingRepository bookings;
    private final ClosureRepository closures;
    private final Calendars calendars;
    private final Clock clock;

    Availability(ResourceRepository resources, BookingRepository bookings, ClosureRepository closures,
                 Calendars calendars, Clock clock) {
        this.resources = resources;
        this.bookings = bookings;
        this.closures = closures;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * The free slots of one resource, or of every active resource of a type, from day to day in
     * each one's zone: hours, rules, bookings and closures of all of them read in one query each.
     */
    @Transactional(readOnly = true)
    List<BookingRequests.Slot> freeSlots(UUID resourceId, String type, LocalDate from, LocalDate to) {
        List<Resource> wanted;
        if (resourceId != null) {
            wanted = List.of(resources.findById(resourceId).orElseThrow(() -> ApiProblem.notFound("Resource")));
        } else if (type != null && !type.isBlank()) {
            wanted = resources.activeOfType(type);
        } else {
            throw ApiProblem.invalid("resourceId", "give a resource, or a type for every resource of that type");
        }
        List<Resource> active = wanted.stream().filter(Resource::active).toList();
        if (active.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Map<UUID, SlotCalendar> calendarsById = calendars.ofAll(active);
        List<Days> wantedDays = active.stream().map(resource -> Days.of(calendarsById.get(resource.getId()), from, to, now))
                .toList();
        // One read for all: from the first of their days to the end of the last one's buffer, whatever their zones.
        Instant windowStart = wantedDays.stream().map(Days::start).min(Comparator.naturalOrder()).orElseThrow();
        Instant windowEnd = wantedDays.stream().map(Days::end).max(Comparator.naturalOrder()).orElseThrow();
        List<UUID> ids = active.stream().map(Resource::getId).toList();
        Map<UUID, List<SlotCalendar.Period>> takenById = bookings.timeTakenBetween(ids, windowStart, windowEnd, now).stream()
                .collect(Collectors.groupingBy(BookingRepository.TakenTime::resourceId,
                        Collectors.mapping(Availability::period, Collectors.toList())));
        Map<UUID, List<SlotCalendar.Period>> closedById = closures.ofResourcesBetween(ids, windowStart, windowEnd).stream()
                .collect(Collectors.groupingBy(Closure::resourceId, Collectors.mapping(Closure::period, Collectors.toList())));
        List<BookingRequests.Slot> slots = new ArrayList<>();
        for (Days days : wantedDays) {
            UUID id = days.calendar().plan().resourceId();
            days.calendar().freeSlots(days.first(), days.last(), now, takenById.getOrDefault(id, List.of()),
                    closedById.getOrDefault(id, List.of())).forEach(slot -> slots.add(BookingRequests.Slot.of(slot)));
        }
        slots.sort(Comparator.comparing(BookingRequests.Slot::start).thenComparing(slot -> slot.resourceId().toString()));
        return slots;
    }

    /** The days asked of one resource (today in its zone when none are given), and the time they span with its buffer. */
    private record Days(SlotCalendar calendar, LocalDate first, LocalDate last) {

        static Days of(SlotCalendar calendar, LocalDate from, LocalDate to, Instant now) {
            LocalDate first = from != null ? from : now.atZone(calendar.plan().zone()).toLocalDate();
            LocalDate last = to != null ? to : first;
            if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
                throw ApiProblem.invalid("to", "must be on or after from, at most " + MAX_DAYS + " days later");
            }
            return new Days(calendar, first, last);
        }

        Instant start() {
            return first.atStartOfDay(calendar.plan().zone()).toInstant();
        }

        Instant end() {
            return last.plusDays(1).atStartOfDay(calendar.plan().zone()).toInstant().plus(calendar.plan().buffer());
        }
    }

    /** The free slots nearest to {@code start} (the same week), in time order: what a 409 suggests instead. */
    @Transactional(readOnly = true)
    List<BookingRequests.Slot> nearest(UUID resourceId, Instant start, int count) {
        Resource resource = resources.findById(resourceId).orElse(null);
        if (resource == null) {
            return List.of();
        }
        SlotCalendar calendar = calendars.of(resource);
        LocalDate day = start.atZone(calendar.plan().zone()).toLocalDate();
        return free(resource, calendar, day.minusDays(3), day.plusDays(3), clock.instant()).stream()
                .sorted(Comparator.comparing(slot -> Math.abs(slot.start().getEpochSecond() - start.getEpochSecond())))
                .limit(count).sorted(Comparator.comparing(SlotCalendar.Slot::start))
                .map(BookingRequests.Slot::of).toList();
    }

    SlotCalendar calendar(Resource resource) {
        return calendars.of(resource);
    }

    /** The slot of the resource's that starts at {@code start}, or a 400 saying why it cannot be booked. */
    SlotCalendar.Slot slot(SlotCalendar calendar, Resource resource, Instant start, Instant now) {
        Instant dayStart = start.minus(Duration.ofDays(1));
        List<SlotCalendar.Period> closed = closures.ofResourceBetween(resource.getId(), dayStart,
                start.plus(Duration.ofDays(2))).stream().map(Closure::period).toList();
        return calendar.slotStartingAt(start, now, closed)
                .orElseThrow(() -> ApiProblem.invalid("start", calendar.whyNotBookable(start, now)));
    }

    /**
     * The resource's slots from {@code start} taken as one booking: up to {@code end} when given,
     * else {@code count} of them; or a 400 saying why they cannot be booked.
     */
    SlotCalendar.Slot span(SlotCalendar calendar, Resource resource, Instant start, Instant end, int count, Instant now) {
        SlotCalendar.Slot first = slot(calendar, resource, start, now);
        if (end == null ? count <= 1 : end.equals(first.end())) {
            return first;
        }
        String field = end != null ? "end" : "start";
        if (end != null && !end.isAfter(start)) {
            throw ApiProblem.invalid("end", "must be after start");
        }
        if (end != null && end.isAfter(start.plus(Booking.LONGEST))) {
            throw ApiProblem.invalid("end", "a booking lasts at most " + Booking.LONGEST.toHours() + " hours");
        }
        List<SlotCalendar.Period> closed = closures.ofResourceBetween(resource.getId(), start,
                start.plus(Booking.LONGEST)).stream().map(Closure::period).toList();
        SlotCalendar.Slot span = calendar.spanStartingAt(start, end, count, now, closed).orElseThrow(() -> ApiProblem.invalid(
                field, end != null
                        ? "must be the end of one of this resource's slots, every slot from start to it open and bookable"
                        : "the booking's " + count + " slots in a row are not all open and bookable from this start"));
        if (calendar.blockedUntil(span).isAfter(start.plus(Booking.LONGEST))) {
            throw ApiProblem.invalid(field, "a booking lasts at most " + Booking.LONGEST.toHours() + " hours");
        }
        return span;
    }

    /** The bookings that hold time of the resource between the two instants; holds that ran out hold none. */
    List<BookingRepository.TakenTime> taken(UUID resourceId, Instant from, Instant to, Instant now) {
        return bookings.timeTakenBetween(List.of(resourceId), from, to, now);
    }

    static SlotCalendar.Period period(BookingRepository.TakenTime taken) {
        return new SlotCalendar.Period(taken.start(), taken.blockedUntil(), 1);
    }

    /** The free slots of a resource on one day of its zone. */
    List<SlotCalendar.Slot> freeOn(Resource resource, SlotCalendar calendar, LocalDate day, Instant now) {
        return free(resource, calendar, day, day, now);
    }

    private List<SlotCalendar.Slot> free(Resource resource, SlotCalendar calendar, LocalDate first, LocalDate last,
                                         Instant now) {
        if (last.isBefore(first) || first.plusDays(MAX_DAYS).isBefore(last)) {
            throw ApiProblem.invalid("to", "must be on or after from, at most " + MAX_DAYS + " days later");
        }
        ZoneId zone = calendar.plan().zone();
        Instant from = first.atStartOfDay(zone).toInstant().minus(Duration.ofDays(1));
        Instant to = last.plusDays(2).atStartOfDay(zone).toInstant();
        List<SlotCalendar.Period> taken = taken(resource.getId(), from, to, now).stream().map(Availability::period).toList();
        List<SlotCalendar.Period> closed = closures.ofResourceBetween(resource.getId(), from, to).stream()
                .map(Closure::period).toList();
        return calendar.freeSlots(first, last, now, taken, closed);
    }
}
