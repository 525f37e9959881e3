package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingConfirmed;
import com.lyrox.bookings.BookingPaid;
import com.lyrox.bookings.BookingReleased;
import com.lyrox.bookings.BookingSettings;
import com.lyrox.bookings.BookingStatus;
import com.lyrox.customers.CustomerContact;
import com.lyrox.customers.CustomerDirectory;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SalesDesk;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books, moves and changes bookings, one resource's at a time under its row lock. The places
 * already taken around the slot are counted first, which answers group classes (capacity above
 * one), whose bookings the constraint does not cover, and a resource whose capacity went down to
 * one; for a one-at-a-time resource the {@code no_double_booking} constraint stays the guarantee,
 * and its refusal becomes the same 409 with the nearest free slots. A hold that
 * ran out but was not expired yet is expired when it is in the way, and the booking tried once more.
 */
@Service
class BookingService {

    static final String SOURCE_API = "API";
    static final String SOURCE_CHAT = "CHAT";
    static final String SOURCE_WAITLIST = "WAITLIST";
    private static final int LOCK_RETRIES = 3;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    private final BookingRepository bookings;
    private final ResourceRepository resources;
    private final Availability availability;
    private final CustomerDirectory customers;
    private final HoldDeadlines deadlines;
    private final CalendarLinks links;
    private final PlanAllowance allowance;
    private final SalesDesk sales;
    private final BookingReminders reminders;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final BookingSettings settings;
    private final Clock clock;

    BookingService(BookingRepository bookings, ResourceRepository resources, Availability availability,
                   CustomerDirectory customers, HoldDeadlines deadlines, CalendarLinks links, PlanAllowance allowance,
                   SalesDesk sales, BookingReminders reminders, ApplicationEventPublisher events,
                   PlatformTransactionManager transactions, BookingSettings settings, Clock clock) {
        this.sales = sales;
        this.reminders = reminders;
        this.bookings = bookings;
        this.resources = resources;
        this.availability = availability;
        this.customers = customers;
        this.deadlines = deadlines;
        this.links = links;
        this.allowance = allowance;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings;
        this.clock = clock;
    }

    BookingRequests.View create(BookingRequests.Create request) {
        checkNew(request);
        return refusingOverlap(request.resourceId(), request.start(),
                () -> book(request.resourceId(), request.start(), customer(request), request, null, SOURCE_API));
    }

    /**
     * A recurring booking: each occurrence its own booking, refused by the same constraint. With
     * SKIP each occurrence is booked in a transaction of its own and the taken ones are listed;
     * with REFUSE_ALL they are all booked in one transaction, or none.
     */
    BookingRequests.Series createSeries(BookingRequests.Create request) {
        checkNew(request);
        if (request.end() != null) {
            // Every occurrence takes as many slots as the first: its end must be one of them, or none is booked.
            transaction.execute(status -> requireSlotEnd(request));
        }
        List<Instant> starts = transaction.execute(status -> occurrences(request));
        UUID seriesId = UUID.randomUUID();
        CustomerContact customer = transaction.execute(status -> customer(request));
        List<BookingRequests.View> booked = new ArrayList<>();
        List<BookingRequests.Conflict> conflicts = new ArrayList<>();
        if (request.repeat().policy() == BookingRequests.Repeat.Policy.REFUSE_ALL) {
            try {
                booked.addAll(refusingOverlap(request.resourceId(), request.start(), () -> starts.stream()
                        .map(start -> book(request.resourceId(), start, customer, request, seriesId, SOURCE_API)).toList()));
            } catch (ApiProblem problem) {
                throw problem.with("conflicts", transaction.execute(status -> conflictsAmong(request, starts)));
            }
        } else {
            for (Instant start : starts) {
                try {
                    booked.add(refusingOverlap(request.resourceId(), start,
                            () -> book(request.resourceId(), start, customer, request, seriesId, SOURCE_API)));
                } catch (ApiProblem problem) {
                    conflicts.add(new BookingRequests.Conflict(start, problem.getMessage()));
                }
            }
            if (booked.isEmpty()) {
                throw ApiProblem.conflict("start", "None of the occurrences could be booked").with("conflicts", conflicts);
            }
        }
        return new BookingRequests.Series(seriesId, booked, conflicts);
    }

    private void checkNew(BookingRequests.Create request) {
        if (request.end() != null && (!request.end().isAfter(request.start())
                || request.end().isAfter(request.start().plus(Booking.LONGEST)))) {
            throw ApiProblem.invalid("end", "must be after start, at most " + Booking.LONGEST.toHours() + " hours later");
        }
        if (request.status() != null && request.status() != BookingStatus.HELD && request.status() != BookingStatus.CONFIRMED) {
            throw ApiProblem.invalid("status", "a new booking is HELD or CONFIRMED");
        }
        if ((request.customerId() == null) == (request.customerPhone() == null)) {
            throw ApiProblem.invalid("customerId", "give exactly one of customerId and customerPhone");
        }
        BookingRequests.Repeat repeat = request.repeat();
        if (repeat != null && (repeat.count() == null) == (repeat.until() == null)) {
            throw ApiProblem.invalid("repeat.count", "give exactly one of count and until");
        }
    }

    /** A 400 naming {@code end} unless it ends a run of the resource's slots from {@code start}, closures aside. */
    private Void requireSlotEnd(BookingRequests.Create request) {
        SlotCalendar calendar = availability.calendar(resource(request.resourceId(), "resourceId"));
        if (calendar.spanStartingAt(request.start(), request.end(), 1, clock.instant(), List.of()).isEmpty()) {
            throw ApiProblem.invalid("end", "must be the end of one of this resource's slots, every slot from start to it open");
        }
        return null;
    }

    /** The starts of a recurring booking: the same wall-clock time every week or month in the resource's zone. */
    private List<Instant> occurrences(BookingRequests.Create request) {
        Resource resource = resource(request.resourceId(), "resourceId");
        ZonedDateTime first = request.start().atZone(availability.calendar(resource).plan().zone());
        BookingRequests.Repeat repeat = request.repeat();
        int most = repeat.count() != null ? repeat.count() : BookingRequests.Repeat.MOST + 1;
        List<Instant> starts = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            ZonedDateTime next = repeat.frequency() == BookingRequests.Repeat.Frequency.WEEKLY
                    ? first.plusWeeks(i) : first.plusMonths(i);
            if (repeat.until() != null && next.toLocalDate().isAfter(repeat.until())) {
                break;
            }
            starts.add(next.toInstant());
        }
        if (starts.size() > BookingRequests.Repeat.MOST) {
            throw ApiProblem.invalid("repeat.until", "at most " + BookingRequests.Repeat.MOST + " occurrences at once");
        }
        return starts;
    }

    /** Why each of these starts cannot be booked now, for the answer to a refused series. */
    private List<BookingRequests.Conflict> conflictsAmong(BookingRequests.Create request, List<Instant> starts) {
        Resource resource = resource(request.resourceId(), "resourceId");
        SlotCalendar calendar = availability.calendar(resource);
        int slots = request.end() == null ? 1 : calendar.slotsIn(request.start(), request.end());
        Instant now = clock.instant();
        List<BookingRequests.Conflict> conflicts = new ArrayList<>();
        for (Instant start : starts) {
            try {
                SlotCalendar.Slot slot = availability.span(calendar, resource, start, null, slots, now);
                List<SlotCalendar.Period> taken = availability.taken(resource.getId(), slot.start(), calendar.blockedUntil(slot), now)
                        .stream().map(Availability::period).toList();
                if (calendar.room(slot, taken) == 0) {
                    conflicts.add(new BookingRequests.Conflict(start, "This slot is already taken"));
                }
            } catch (ApiProblem problem) {
                conflicts.add(new BookingRequests.Conflict(start, problem.getMessage()));
            }
        }
        return conflicts;
    }

    @Transactional(readOnly = true)
    PageResponse<BookingRequests.View> list(Instant from, Instant to, UUID resourceId, BookingStatus status,
                                            UUID customerId, Pageable pageable) {
        Page<Booking> page = bookings.search(within("from", from != null ? from : Instant.EPOCH),
                within("to", to != null ? to : LATEST), resourceId, status, customerId, pageable);
        Function<Booking, BookingRequests.View> views = views(page.getContent());
        return PageResponse.of(page, views);
    }

    /** A period's bound the store can hold: from the year 1 to the year 9999. */
    private static Instant within(String field, Instant instant) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw ApiProblem.invalid(field, "must be between the years 1 and 9999");
        }
        return instant;
    }

    @Transactional(readOnly = true)
    BookingRequests.View get(UUID id) {
        return view(bookings.findById(id).orElseThrow(() -> ApiProblem.notFound("Booking")));
    }

    BookingRequests.View move(UUID id, BookingRequests.Move request) {
        UUID resourceId = request.resourceId() != null ? request.resourceId()
                : transaction.execute(s -> bookings.findById(id).map(Booking::resourceId)
                        .orElseThrow(() -> ApiProblem.notFound("Booking")));
        return refusingOverlap(resourceId, request.start(), () -> {
            Resource resource = lockedResource(resourceId);
            Booking booking = bookings.lockById(id).orElseThrow(() -> ApiProblem.notFound("Booking"));
            SlotCalendar calendar = availability.calendar(resource);
            SlotCalendar.Slot slot = availability.span(calendar, resource, request.start(), request.end(),
                    slotsOf(booking), clock.instant());
            if (booking.status() == BookingStatus.HELD && booking.saleId() != null && booking.price().compareTo(slot.price()) != 0) {
                // The customer was sent a link for the old price: paying it must not confirm a booking that costs more.
                throw ApiProblem.conflict("end", "This hold waits for a payment of " + booking.price() + " " + booking.currency()
                        + "; the new time costs " + slot.price() + ": cancel it and book the new time instead");
            }
            requireRoom(resource, calendar, slot, id);
            booking.moveTo(slot, calendar.blockedUntil(slot), resource.capacity() == 1);
            Booking moved = bookings.saveAndFlush(booking);
            if (moved.status() == BookingStatus.CONFIRMED) {
                reminders.schedule(moved.getId(), TenantContext.requireCompanyId(), moved.startsAt());
            }
            return view(moved);
        });
    }

    /** How many slots of its resource the booking covers: what a move without an end keeps. */
    private int slotsOf(Booking booking) {
        return availability.calendar(resource(booking.resourceId(), "resourceId")).slotsIn(booking.startsAt(), booking.endsAt());
    }

    @Transactional
    BookingRequests.View confirm(UUID id) {
        return change(id, booking -> {
            booking.confirm(clock.instant());
            deadlines.remove(booking.getId());
            confirmed(booking);
        });
    }

    /**
     * The sale a hold waited for was paid: the hold is confirmed, once (the booking is locked and
     * confirmed only while held). Empty when no booking waits for the sale, or it no longer holds
     * its slot (cancelled, or its hold expired before the payment came).
     */
    @Transactional
    Optional<Booking> confirmPaid(UUID saleId) {
        Optional<Booking> waiting = bookings.lockBySale(saleId);
        if (waiting.isEmpty() || waiting.get().status() != BookingStatus.HELD) {
            return Optional.empty();
        }
        Booking booking = waiting.get();
        booking.confirmPaid(clock.instant());
        deadlines.remove(booking.getId());
        bookings.saveAndFlush(booking);
        confirmed(booking);
        events.publishEvent(new BookingPaid(TenantContext.requireCompanyId(), booking.getId(), booking.customerId(), saleId));
        return Optional.of(booking);
    }

    @Transactional
    BookingRequests.View cancel(UUID id) {
        return change(id, booking -> {
            booking.cancel(clock.instant());
            deadlines.remove(booking.getId());
            reminders.remove(booking.getId());
            released(booking);
        });
    }

    @Transactional
    BookingRequests.View complete(UUID id) {
        return change(id, Booking::complete);
    }

    @Transactional
    BookingRequests.View markNoShow(UUID id) {
        return change(id, booking -> booking.markNoShow(clock.instant()));
    }

    /** Expires these bookings' holds if they ran out (a job, or a wanted slot); each one once. */
    @Transactional
    int expireDue(List<UUID> ids) {
        return expire(bookings.lockAll(ids));
    }

    private int expire(List<Booking> held) {
        Instant now = clock.instant();
        int expired = 0;
        for (Booking booking : held) {
            if (booking.status() != BookingStatus.HELD) {
                deadlines.remove(booking.getId());
            } else if (booking.expireIfDue(now)) {
                deadlines.remove(booking.getId());
                released(booking);
                expired++;
            }
        }
        return expired;
    }

    private CustomerContact customer(BookingRequests.Create request) {
        return request.customerId() != null
                ? customers.find(request.customerId()).orElseThrow(() -> ApiProblem.invalid("customerId", "no such customer"))
                : customers.findOrCreate(request.customerPhone(), request.customerName());
    }

    /** A hold asked for in the chat, for a customer who is writing. */
    BookingRequests.View holdForChat(UUID resourceId, Instant start, CustomerContact customer) {
        return holdFor(resourceId, start, customer, settings.holdDuration(), SOURCE_CHAT);
    }

    /**
     * A hold of {@code length} (never past the slot's start) made for a customer from the chat or
     * the waitlist; where the resource is paid for, it waits for a pending sale of the slot's price.
     */
    BookingRequests.View holdFor(UUID resourceId, Instant start, CustomerContact customer, Duration length, String source) {
        var request = new BookingRequests.Create(resourceId, start, null, customer.id(), null, null, BookingStatus.HELD, null, null);
        return refusingOverlap(resourceId, start, () -> book(resourceId, start, customer, request, null, source, length));
    }

    private BookingRequests.View book(UUID resourceId, Instant start, CustomerContact customer,
                                      BookingRequests.Create request, UUID seriesId, String source) {
        return book(resourceId, start, customer, request, seriesId, source, settings.holdDuration());
    }

    private BookingRequests.View book(UUID resourceId, Instant start, CustomerContact customer,
                                      BookingRequests.Create request, UUID seriesId, String source, Duration holdLength) {
        Instant now = clock.instant();
        Resource resource = lockedResource(resourceId);
        if (!resource.active()) {
            throw ApiProblem.invalid("resourceId", "the resource is inactive");
        }
        SlotCalendar calendar = availability.calendar(resource);
        // A series books each occurrence with as many slots as the first one's start and end cover.
        SlotCalendar.Slot slot = availability.span(calendar, resource, start, start.equals(request.start()) ? request.end() : null,
                request.end() == null ? 1 : calendar.slotsIn(request.start(), request.end()), now);
        allowance.requireRoomForABooking();
        requireRoom(resource, calendar, slot, null);
        Instant holdUntil = request.status() != BookingStatus.HELD ? null
                : now.plus(holdLength).isBefore(slot.start()) ? now.plus(holdLength) : slot.start();
        Booking booking = bookings.saveAndFlush(new Booking(customer.id(), slot, calendar.blockedUntil(slot),
                resource.capacity() == 1, holdUntil, source, request.notes(), seriesId, now));
        if (holdUntil != null) {
            deadlines.add(booking.getId(), TenantContext.requireCompanyId(), holdUntil);
            if (resource.paymentProductId() != null && !SOURCE_API.equals(source)) {
                booking.awaitPayment(sales.openPending(customer.id(), resource.paymentProductId(), slot.price(),
                        slot.currency()).saleId());
                booking = bookings.saveAndFlush(booking);
            }
        } else {
            confirmed(booking);
        }
        return view(booking, resource, customer);
    }

    /**
     * The resource, locked until the transaction ends: bookings of one resource are made one
     * after the other. The constraint alone would refuse an overlap just as surely, but two
     * overlapping inserts in flight each wait for the other and PostgreSQL breaks the deadlock
     * only after a second; in line, the second sees the first committed and is refused at once.
     */
    private Resource lockedResource(UUID resourceId) {
        return resources.lockById(resourceId).orElseThrow(() -> ApiProblem.invalid("resourceId", "no such resource"));
    }

    /**
     * The places taken around the slot counted, its resource locked by the caller; full is the same
     * 409 as a taken slot. This is what answers a group class, whose bookings the constraint does not
     * cover, and a resource whose capacity went down to one after bookings for several were made.
     */
    private void requireRoom(Resource resource, SlotCalendar calendar, SlotCalendar.Slot slot, UUID moving) {
        List<SlotCalendar.Period> taken = availability.taken(resource.getId(), slot.start(), calendar.blockedUntil(slot),
                clock.instant()).stream().filter(other -> moving == null || !other.bookingId().equals(moving))
                .map(Availability::period).toList();
        if (calendar.room(slot, taken) == 0) {
            throw new SlotTaken();
        }
    }

    /**
     * Runs {@code work} in a transaction of its own; a slot taken by a hold that ran out frees it
     * and runs once more; a slot taken for good answers 409 with the nearest free slots.
     */
    private <T> T refusingOverlap(UUID resourceId, Instant start, Supplier<T> work) {
        boolean expiredHolds = false;
        for (int attempt = 0; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (PessimisticLockingFailureException e) {
                // A deadlock or lock timeout between writers of the same slots: the other one went first; try again.
                if (attempt >= LOCK_RETRIES) {
                    throw ApiProblem.conflict("start", "This slot is being booked right now; try again")
                            .with("alternatives", List.of());
                }
            } catch (DataIntegrityViolationException | SlotTaken e) {
                if (!(e instanceof SlotTaken) && !Overlaps.isOverlap(e)) {
                    throw ApiProblem.invalid("customerId", "no such customer");
                }
                Integer freed = expiredHolds ? Integer.valueOf(0) : transaction.execute(status ->
                        expire(bookings.lockDueHolds(resourceId, clock.instant())));
                expiredHolds = true;
                if (freed == null || freed == 0) {
                    throw ApiProblem.conflict("start", "This slot is already taken")
                            .with("alternatives", transaction.execute(status ->
                                    availability.nearest(resourceId, start, settings.conflictAlternatives())));
                }
            }
        }
    }

    private BookingRequests.View change(UUID id, Consumer<Booking> transition) {
        Booking booking = bookings.lockById(id).orElseThrow(() -> ApiProblem.notFound("Booking"));
        transition.accept(booking);
        return view(bookings.saveAndFlush(booking));
    }

    /** Announces a confirmation and schedules its reminder. */
    private void confirmed(Booking booking) {
        events.publishEvent(new BookingConfirmed(TenantContext.requireCompanyId(), booking.getId(),
                booking.resourceId(), booking.customerId(), booking.startsAt()));
        reminders.schedule(booking.getId(), TenantContext.requireCompanyId(), booking.startsAt());
    }

    private void released(Booking booking) {
        events.publishEvent(new BookingReleased(TenantContext.requireCompanyId(), booking.getId(), booking.resourceId(),
                booking.customerId(), booking.startsAt(), booking.status()));
    }

    private Resource resource(UUID id, String field) {
        return resources.findById(id).orElseThrow(() -> ApiProblem.invalid(field, "no such resource"));
    }

    private BookingRequests.View view(Booking booking) {
        return views(List.of(booking)).apply(booking);
    }

    private BookingRequests.View view(Booking booking, Resource resource, CustomerContact customer) {
        return new BookingRequests.View(booking.getId(), booking.resourceId(), resource.name(), booking.customerId(),
                customer.name(), customer.phone(), booking.startsAt(), booking.endsAt(), booking.status(),
                booking.price(), booking.currency(), booking.holdExpiresAt(), booking.source(), booking.notes(),
                booking.confirmedAt(), booking.cancelledAt(), booking.seriesId(), booking.saleId(),
                links.booking(TenantContext.requireCompanyId(), booking.getId()), booking.getCreatedAt());
    }

    /** Views of these bookings, their resources and customers read once for all. */
    private Function<Booking, BookingRequests.View> views(List<Booking> page) {
        Map<UUID, Resource> resourcesById = resources.findAllById(page.stream().map(Booking::resourceId).distinct().toList())
                .stream().collect(Collectors.toMap(Resource::getId, Function.identity()));
        Map<UUID, CustomerContact> customersById = customers.findAll(page.stream().map(Booking::customerId).distinct().toList())
                .stream().collect(Collectors.toMap(CustomerContact::id, Function.identity()));
        return booking -> view(booking, resourcesById.get(booking.resourceId()), customersById.get(booking.customerId()));
    }

    /** A group class with no place left; rolls the transaction back like the constraint's refusal. */
    static final class SlotTaken extends RuntimeException {
        SlotTaken() {
            super("slot taken", null, false, false);
        }
    }
}
