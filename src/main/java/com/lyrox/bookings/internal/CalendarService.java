package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingStatus;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.Companies;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Calendar files: a booking's, for its customer, and a resource's feed of bookings, for its owner's calendar app. */
@Service
class CalendarService {

    /** A feed shows the last month and what is ahead, up to this many bookings. */
    static final int FEED_MOST = 5_000;
    private static final Duration FEED_PAST = Duration.ofDays(31);

    private final BookingService bookings;
    private final ResourceRepository resources;
    private final CalendarFiles files;
    private final CalendarLinks links;
    private final Companies companies;
    private final Clock clock;

    CalendarService(BookingService bookings, ResourceRepository resources, CalendarFiles files, CalendarLinks links,
                    Companies companies, Clock clock) {
        this.bookings = bookings;
        this.resources = resources;
        this.files = files;
        this.links = links;
        this.companies = companies;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    String booking(UUID id) {
        BookingRequests.View booking = bookings.get(id);
        String company = companies.find(TenantContext.requireCompanyId()).map(CompanyProfile::name).orElse("");
        return files.write(List.of(new CalendarFiles.Event(booking, booking.resourceName(), company)));
    }

    @Transactional(readOnly = true)
    String feed(UUID resourceId) {
        Resource resource = resources.findById(resourceId).orElseThrow(() -> ApiProblem.notFound("Resource"));
        Instant now = clock.instant();
        var page = bookings.list(now.minus(FEED_PAST), now.plus(Duration.ofDays(resource.maxDaysAhead() + 1L)), resourceId,
                null, null, PageRequest.of(0, FEED_MOST, Sort.by("startsAt").and(Sort.by("id"))));
        return files.write(page.items().stream()
                .filter(booking -> booking.status() != BookingStatus.EXPIRED && booking.status() != BookingStatus.CANCELLED)
                .map(booking -> new CalendarFiles.Event(booking, booking.customerName() != null
                        ? booking.customerName() + " · " + booking.customerPhone() : booking.customerPhone(), resource.name()))
                .toList());
    }

    /** The signed address of a resource's feed, to subscribe to from Google Calendar or Outlook. */
    @Transactional(readOnly = true)
    String feedUrl(UUID resourceId) {
        resources.findById(resourceId).orElseThrow(() -> ApiProblem.notFound("Resource"));
        return links.feed(TenantContext.requireCompanyId(), resourceId);
    }
}
