package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingConfirmed;
import com.lyrox.bookings.BookingDesk;
import com.lyrox.bookings.BookingReleased;
import com.lyrox.bookings.BookingSettings;
import com.lyrox.bookings.WaitlistSlotOffered;
import com.lyrox.bookings.WaitlistStatus;
import com.lyrox.customers.CustomerContact;
import com.lyrox.customers.CustomerDirectory;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SalesDesk;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Waitlists of taken slots. When a slot frees (a cancellation, a hold that ran out), the first
 * customer in line gets it held for them for {@code lyrox.bookings.waitlist-claim-hold} and is told
 * on WhatsApp; they claim it by confirming. An offer let go frees the slot again, and the next in
 * line is offered it. The hold is made under the same constraint as every booking, so a freed slot
 * goes to one customer only, whoever else wants it at that moment.
 */
@Service
class WaitlistService {

    private final WaitlistRepository waitlist;
    private final ResourceRepository resources;
    private final Availability availability;
    private final Calendars calendars;
    private final BookingService bookings;
    private final CustomerDirectory customers;
    private final BookingSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final SalesDesk sales;
    private final Clock clock;

    WaitlistService(WaitlistRepository waitlist, ResourceRepository resources, Availability availability,
                    Calendars calendars, BookingService bookings, CustomerDirectory customers, BookingSettings settings,
                    ApplicationEventPublisher events, PlatformTransactionManager transactions, SalesDesk sales, Clock clock) {
        this.sales = sales;
        this.waitlist = waitlist;
        this.resources = resources;
        this.availability = availability;
        this.calendars = calendars;
        this.bookings = bookings;
        this.customers = customers;
        this.settings = settings;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Puts a customer in line for a taken slot; 409 when the slot is free (book it instead). Joining twice is one place. */
    WaitlistEntry.View join(WaitlistRequest request) {
        if ((request.customerId() == null) == (request.customerPhone() == null)) {
            throw ApiProblem.invalid("customerId", "give exactly one of customerId and customerPhone");
        }
        return transaction.execute(status -> {
            CustomerContact customer = request.customerId() != null
                    ? customers.find(request.customerId()).orElseThrow(() -> ApiProblem.invalid("customerId", "no such customer"))
                    : customers.findOrCreate(request.customerPhone(), request.customerName());
            Resource resource = resources.findById(request.resourceId())
                    .orElseThrow(() -> ApiProblem.invalid("resourceId", "no such resource"));
            SlotCalendar calendar = calendars.of(resource);
            SlotCalendar.Slot slot = availability.slot(calendar, resource, request.start(), clock.instant());
            if (!taken(resource, calendar, slot)) {
                throw ApiProblem.conflict("start", "This slot is free: book it instead of waiting for it");
            }
            return view(enqueue(resource, customer.id(), slot));
        });
    }

    /**
     * The chat's "tell me if it frees": the slot at {@code time} on {@code day} of the first
     * resource (of the type, when given) where it exists and is taken. Null when there is none.
     */
    BookingDesk.Waiting joinFromChat(UUID customerId, String day, LocalTime time, String type) {
        if (time == null) {
            return null;
        }
        return transaction.execute(status -> {
            List<Resource> wanted = type == null || type.isBlank() ? resources.allActive() : resources.activeOfType(type);
            Instant now = clock.instant();
            for (Resource resource : wanted.isEmpty() ? resources.allActive() : wanted) {
                SlotCalendar calendar = calendars.of(resource);
                ZoneId zone = calendar.plan().zone();
                LocalDate date = ChatBookings.resolve(day, now.atZone(zone).toLocalDate());
                Instant start = date.atTime(time).atZone(zone).toInstant();
                Optional<SlotCalendar.Slot> slot;
                try {
                    slot = Optional.of(availability.slot(calendar, resource, start, now));
                } catch (ApiProblem notBookable) {
                    slot = Optional.empty();
                }
                if (slot.isPresent() && taken(resource, calendar, slot.get())) {
                    WaitlistEntry entry = enqueue(resource, customerId, slot.get());
                    ZonedDateTime local = start.atZone(zone);
                    int position = (int) waitlist.waitingFor(resource.getId(), start);
                    return new BookingDesk.Waiting(entry.getId(), resource.name(), start, local.toLocalDate().toString(),
                            local.toLocalTime(), Math.max(1, position));
                }
            }
            return null;
        });
    }

    PageResponse<WaitlistEntry.View> list(UUID resourceId, WaitlistStatus status, UUID customerId, Pageable pageable) {
        return transaction.execute(tx -> {
            Page<WaitlistEntry> page = waitlist.search(resourceId, status, customerId, pageable);
            return PageResponse.of(page, views(page.getContent()));
        });
    }

    /** Takes the customer out of line; an offer not yet claimed is withdrawn and its slot offered to the next. */
    void remove(UUID id) {
        UUID heldFor = transaction.execute(status -> {
            WaitlistEntry entry = waitlist.findById(id).orElseThrow(() -> ApiProblem.notFound("Waitlist entry"));
            boolean offered = entry.status() == WaitlistStatus.OFFERED;
            UUID booking = offered ? entry.offeredBookingId() : null;
            if (entry.status() == WaitlistStatus.WAITING || offered) {
                entry.close(WaitlistStatus.CANCELLED);
            }
            return booking;
        });
        if (heldFor != null) {
            try {
                bookings.cancel(heldFor);
            } catch (ApiProblem alreadyOver) {
                // Claimed or expired meanwhile: nothing is held any more.
            }
        }
    }

    /**
     * A slot freed: an offer that was let go closes, and the first in line for the slot is offered it.
     * Without a surrounding transaction: the hold is tried in one of its own, which a taken slot rolls back.
     */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingReleased released) {
        TenantContext.runAs(released.companyId(), null, () -> {
            transaction.executeWithoutResult(status -> waitlist.lockOfferOf(released.bookingId())
                    .ifPresent(entry -> entry.close(WaitlistStatus.EXPIRED)));
            if (released.start().isAfter(clock.instant())) {
                offerNext(released.resourceId(), released.start());
            }
        });
    }

    /** The customer confirmed the slot held for them: their place is claimed. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(BookingConfirmed confirmed) {
        TenantContext.runAs(confirmed.companyId(), null, () -> transaction.executeWithoutResult(status ->
                waitlist.lockOfferOf(confirmed.bookingId()).ifPresent(entry -> entry.close(WaitlistStatus.CLAIMED))));
    }

    /** Holds the freed slot starting at {@code start} for the first customer waiting for it, if it is still free. */
    private void offerNext(UUID resourceId, Instant start) {
        Optional<WaitlistEntry> first = transaction.execute(status ->
                waitlist.lockLine(resourceId, start, start.plusSeconds(1)).stream().findFirst());
        if (first == null || first.isEmpty()) {
            return;
        }
        WaitlistEntry entry = first.get();
        CustomerContact customer = transaction.execute(status -> customers.find(entry.customerId()).orElse(null));
        if (customer == null) {
            return;
        }
        BookingRequests.View hold;
        try {
            hold = bookings.holdFor(resourceId, entry.startsAt(), customer, settings.waitlistClaimHold(),
                    BookingService.SOURCE_WAITLIST);
        } catch (ApiProblem notFree) {
            return;
        }
        if (hold.saleId() != null) {
            sales.issueCheckout(hold.saleId());
        }
        // Announced in the transaction that records the offer: the message goes out once it is committed.
        Boolean offered = transaction.execute(status -> waitlist.lockById(entry.getId())
                .filter(current -> current.status() == WaitlistStatus.WAITING)
                .map(current -> {
                    current.offered(hold.id(), hold.holdExpiresAt());
                    events.publishEvent(new WaitlistSlotOffered(TenantContext.requireCompanyId(), current.getId(), hold.id(),
                            customer.id(), hold.holdExpiresAt()));
                    return true;
                }).orElse(false));
        if (!Boolean.TRUE.equals(offered)) {
            bookings.cancel(hold.id());
        }
    }

    private boolean taken(Resource resource, SlotCalendar calendar, SlotCalendar.Slot slot) {
        List<SlotCalendar.Period> taken = availability.taken(resource.getId(), slot.start(), calendar.blockedUntil(slot),
                clock.instant()).stream().map(Availability::period).toList();
        return calendar.room(slot, taken) == 0;
    }

    /** The customer's live place for the slot: a new one at the end of the line, or the one they have. */
    private WaitlistEntry enqueue(Resource resource, UUID customerId, SlotCalendar.Slot slot) {
        Optional<WaitlistEntry> existing = waitlist.liveEntryOf(resource.getId(), customerId, slot.start());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return waitlist.saveAndFlush(new WaitlistEntry(resource.getId(), customerId, slot.start(), slot.end()));
        } catch (DataIntegrityViolationException e) {
            throw ApiProblem.conflict("start", "This customer is already waiting for this slot");
        }
    }

    private WaitlistEntry.View view(WaitlistEntry entry) {
        return views(List.of(entry)).apply(entry);
    }

    private Function<WaitlistEntry, WaitlistEntry.View> views(List<WaitlistEntry> entries) {
        Map<UUID, Resource> resourcesById = resources.findAllById(entries.stream().map(WaitlistEntry::resourceId).distinct()
                .toList()).stream().collect(Collectors.toMap(Resource::getId, Function.identity()));
        Map<UUID, CustomerContact> customersById = customers.findAll(entries.stream().map(WaitlistEntry::customerId)
                .distinct().toList()).stream().collect(Collectors.toMap(CustomerContact::id, Function.identity()));
        return entry -> {
            Resource resource = resourcesById.get(entry.resourceId());
            CustomerContact customer = customersById.get(entry.customerId());
            return entry.toView(resource == null ? null : resource.name(), customer == null ? null : customer.name(),
                    customer == null ? null : customer.phone());
        };
    }
}
