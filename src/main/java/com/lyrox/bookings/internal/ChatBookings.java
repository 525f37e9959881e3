package com.lyrox.bookings.internal;

import com.lyrox.sales.PaymentLinks;
import com.lyrox.sales.SalesDesk;
import com.lyrox.bookings.BookingDesk;
import com.lyrox.bookings.BookingStatus;
import com.lyrox.customers.CustomerContact;
import com.lyrox.customers.CustomerDirectory;
import com.lyrox.platform.ApiProblem;
import com.lyrox.products.ProductCatalog;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bookings as the chat makes them: the same rules and constraint as the API, for the customer who writes. */
@Service
class ChatBookings implements BookingDesk {

    private static final List<BookingStatus> TAKING = List.of(BookingStatus.HELD, BookingStatus.CONFIRMED);

    private final ResourceRepository resources;
    private final BookingRepository bookings;
    private final Availability availability;
    private final Calendars calendars;
    private final BookingService service;
    private final NoShowStrikes strikes;
    private final CustomerDirectory customers;
    private final WaitlistService waitlist;
    private final ProductCatalog catalog;
    private final SalesDesk sales;
    private final PlanAllowance allowance;
    private final Clock clock;

    ChatBookings(ResourceRepository resources, BookingRepository bookings, Availability availability, Calendars calendars,
                 BookingService service, NoShowStrikes strikes, CustomerDirectory customers, WaitlistService waitlist,
                 ProductCatalog catalog, SalesDesk sales, PlanAllowance allowance, Clock clock) {
        this.sales = sales;
        this.allowance = allowance;
        this.waitlist = waitlist;
        this.catalog = catalog;
        this.resources = resources;
        this.bookings = bookings;
        this.availability = availability;
        this.calendars = calendars;
        this.service = service;
        this.strikes = strikes;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean takesBookings() {
        return allowance.includesBookings() && !resources.allActive().isEmpty();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean roomForABooking() {
        return allowance.roomForABooking();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Offer> findSlots(String day, LocalTime time, String part, String type, int most) {
        List<Resource> wanted = type == null || type.isBlank() ? resources.allActive() : resources.activeOfType(type);
        if (wanted.isEmpty()) {
            wanted = resources.allActive();
        }
        Instant now = clock.instant();
        List<Offer> offers = new ArrayList<>();
        for (Resource resource : wanted) {
            SlotCalendar calendar = calendars.of(resource);
            ZoneId zone = calendar.plan().zone();
            LocalDate date = resolve(day, now.atZone(zone).toLocalDate());
            for (SlotCalendar.Slot slot : availability.freeOn(resource, calendar, date, now)) {
                offers.add(offer(resource, slot, zone));
            }
        }
        Comparator<Offer> order = time != null
                ? Comparator.comparingInt((Offer offer) -> Math.abs(offer.localTime().toSecondOfDay() - time.toSecondOfDay()))
                        .thenComparing(Offer::start)
                : Comparator.comparing(Offer::start);
        return offers.stream().filter(offer -> time != null || within(part, offer.localTime())).sorted(order)
                .limit(most).sorted(Comparator.comparing(Offer::start).thenComparing(Offer::resourceName)).toList();
    }

    @Override
    public Held hold(UUID customerId, UUID resourceId, Instant start) {
        CustomerContact customer = customers.find(customerId).orElseThrow();
        // One hold a customer at a time: a new choice gives back the slot of the one before.
        upcomingBookings(customerId).stream().filter(booking -> booking.status() == BookingStatus.HELD)
                .forEach(earlier -> service.cancel(earlier.getId()));
        try {
            BookingRequests.View held = service.holdForChat(resourceId, start, customer);
            if (held.saleId() != null) {
                // After the hold's transaction: making a checkout waits on the provider, not on the court's lock.
                sales.issueCheckout(held.saleId());
            }
            return new Held(chat(held), List.of());
        } catch (ApiProblem problem) {
            Resource resource = resources.findById(resourceId).orElseThrow(() -> problem);
            ZoneId zone = calendars.zone(resource);
            List<Offer> instead = availability.nearest(resourceId, start, 3).stream()
                    .map(slot -> offer(resource, new SlotCalendar.Slot(slot.resourceId(), slot.start(), slot.end(),
                            slot.price(), slot.currency()), zone)).toList();
            return new Held(null, instead);
        }
    }

    /** A hold waiting for its payment is not confirmed by a yes: it comes back as it is, with its link. */
    @Override
    public ChatBooking confirmHeld(UUID customerId) {
        return upcomingBookings(customerId).stream().filter(booking -> booking.status() == BookingStatus.HELD)
                .reduce((first, second) -> second)
                .map(held -> held.saleId() != null ? chat(service.get(held.getId())) : chat(service.confirm(held.getId())))
                .orElse(null);
    }

    @Override
    public Waiting joinWaitlist(UUID customerId, String day, LocalTime time, String type) {
        return waitlist.joinFromChat(customerId, day, time, type);
    }

    @Override
    @Transactional(readOnly = true)
    public ChatBooking booking(UUID bookingId) {
        return chat(service.get(bookingId));
    }

    @Override
    public ChatBooking cancelNext(UUID customerId) {
        List<Booking> upcoming = upcomingBookings(customerId).stream()
                .filter(booking -> booking.startsAt().isAfter(clock.instant())).toList();
        return upcoming.stream().filter(booking -> booking.status() == BookingStatus.HELD).findFirst()
                .or(() -> upcoming.stream().findFirst())
                .map(next -> chat(service.cancel(next.getId()))).orElse(null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChatBooking> upcoming(UUID customerId) {
        return upcomingBookings(customerId).stream().map(booking -> chat(service.get(booking.getId()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean paysForABooking(UUID saleId) {
        return bookings.findBySaleId(saleId).isPresent();
    }

    @Override
    public boolean barred(UUID customerId) {
        return strikes.standing(customerId).barred();
    }

    private List<Booking> upcomingBookings(UUID customerId) {
        Instant now = clock.instant();
        return bookings.upcomingOf(customerId, now, TAKING).stream()
                .filter(booking -> booking.status() != BookingStatus.HELD || booking.holdExpiresAt().isAfter(now)).toList();
    }

    private ChatBooking chat(BookingRequests.View view) {
        Map<UUID, Resource> byId = resources.findAllById(List.of(view.resourceId())).stream()
                .collect(Collectors.toMap(Resource::getId, Function.identity()));
        Resource resource = byId.get(view.resourceId());
        ZoneId zone = calendars.zone(resource);
        ZonedDateTime local = view.start().atZone(zone);
        String paymentLink = view.status() != BookingStatus.HELD || view.saleId() == null || resource.paymentProductId() == null
                ? null : sales.paymentLinkOf(view.saleId()).orElseGet(() -> catalog.find(resource.paymentProductId())
                        .map(product -> PaymentLinks.forSale(product.paymentLink(), view.saleId())).orElse(null));
        return new ChatBooking(view.id(), view.resourceName(), view.start(), local.toLocalDate().toString(),
                local.toLocalTime(), view.price(), view.currency(), view.status(), view.holdExpiresAt(), view.calendarUrl(),
                paymentLink, zone.getId());
    }

    private static Offer offer(Resource resource, SlotCalendar.Slot slot, ZoneId zone) {
        ZonedDateTime local = slot.start().atZone(zone);
        return new Offer(resource.getId(), resource.name(), slot.start(), slot.end(), local.toLocalDate().toString(),
                local.toLocalTime(), slot.price(), slot.currency());
    }

    /** A day said in words, against today in the resource's zone; unknown words mean today. */
    static LocalDate resolve(String day, LocalDate today) {
        if (day == null || day.isBlank() || day.equalsIgnoreCase("today")) {
            return today;
        }
        String word = day.trim().toUpperCase(Locale.ROOT);
        switch (word) {
            case "TOMORROW" -> {
                return today.plusDays(1);
            }
            case "DAY_AFTER_TOMORROW" -> {
                return today.plusDays(2);
            }
            default -> {
            }
        }
        try {
            return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.valueOf(word)));
        } catch (IllegalArgumentException notADay) {
            try {
                return LocalDate.parse(day.trim());
            } catch (DateTimeParseException notADate) {
                return today;
            }
        }
    }

    private static boolean within(String part, LocalTime time) {
        if (part == null || part.isBlank()) {
            return true;
        }
        return switch (part.toUpperCase(Locale.ROOT)) {
            case "MORNING" -> time.isBefore(LocalTime.NOON);
            case "AFTERNOON" -> !time.isBefore(LocalTime.NOON) && time.isBefore(LocalTime.of(18, 0));
            case "EVENING" -> !time.isBefore(LocalTime.of(17, 0));
            default -> true;
        };
    }
}
