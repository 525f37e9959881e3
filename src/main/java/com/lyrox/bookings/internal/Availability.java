package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingStatus;
import com.lyrox.platform.ApiProblem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
    private static final List<BookingStatus> TAKING = List.of(BookingStatus.HELD, BookingStatus.CONFIRMED);

    /** A booking's hold on time, and which booking it is. */
    record Taken(UUID bookingId, SlotCalendar.Period period) {
    }

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
        // Every resource's days, whatever its zone, lie within a day either side of these dates in UTC.
        LocalDate earliest = from != null ? from : LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(1);
        LocalDate latest = to != null ? to : from != null ? from : LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        if (latest.isBefore(earliest) || earliest.plusDays(MAX_DAYS).isBefore(latest)) {
            throw ApiProblem.invalid("to", "must be on or after from, at most " + MAX_DAYS + " days later");
        }
        Instant windowStart = earliest.minusDays(2).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant windowEnd = latest.plusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<UUID> ids = active.stream().map(Resource::getId).toList();
        Map<UUID, SlotCalendar> calendarsById = calendars.ofAll(active);
        Map<UUID, List<SlotCalendar.Period>> takenById = bookings.takingSlotsOfAllBetween(ids, windowStart, windowEnd, TAKING)
                .stream().filter(booking -> booking.status() != BookingStatus.HELD || booking.holdExpiresAt().isAfter(now))
                .collect(Collectors.groupingBy(Booking::resourceId, Collectors.mapping(
                        booking -> new SlotCalendar.Period(booking.startsAt(), booking.blockedUntil(), 1), Collectors.toList())));
        Map<UUID, List<SlotCalendar.Period>> closedById = closures.ofResourcesBetween(ids, windowStart, windowEnd).stream()
                .collect(Collectors.groupingBy(Closure::resourceId, Collectors.mapping(Closure::period, Collectors.toList())));
        List<BookingRequests.Slot> slots = new ArrayList<>();
        for (Resource resource : active) {
            SlotCalendar calendar = calendarsById.get(resource.getId());
            LocalDate first = from != null ? from : now.atZone(calendar.plan().zone()).toLocalDate();
            LocalDate last = to != null ? to : first;
            calendar.freeSlots(first, last, now, takenById.getOrDefault(resource.getId(), List.of()),
                    closedById.getOrDefault(resource.getId(), List.of())).forEach(slot -> slots.add(BookingRequests.Slot.of(slot)));
        }
        slots.sort(Comparator.comparing(BookingRequests.Slot::start).thenComparing(slot -> slot.resourceId().toString()));
        return slots;
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

    /** The bookings that hold time of the resource between the two instants; holds that ran out hold none. */
    List<Taken> taken(UUID resourceId, Instant from, Instant to, Instant now) {
        return bookings.takingSlotsBetween(resourceId, from, to, TAKING).stream()
                .filter(booking -> booking.status() != BookingStatus.HELD || booking.holdExpiresAt().isAfter(now))
                .map(booking -> new Taken(booking.getId(),
                        new SlotCalendar.Period(booking.startsAt(), booking.blockedUntil(), 1)))
                .toList();
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
        List<SlotCalendar.Period> taken = taken(resource.getId(), from, to, now).stream().map(Taken::period).toList();
        List<SlotCalendar.Period> closed = closures.ofResourceBetween(resource.getId(), from, to).stream()
                .map(Closure::period).toList();
        return calendar.freeSlots(first, last, now, taken, closed);
    }
}
