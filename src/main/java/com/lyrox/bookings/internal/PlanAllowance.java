package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingCounts;
import com.lyrox.bookings.BookingLimitReached;
import com.lyrox.bookings.BookingSettings;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.TenantContext;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.Plan;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Whether the company's plan includes bookings, and one more booking or resource (lyrox.bookings.plans). */
@Component
class PlanAllowance implements BookingCounts {

    private final Companies companies;
    private final BookingRepository bookings;
    private final ResourceRepository resources;
    private final BookingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanAllowance(Companies companies, BookingRepository bookings, ResourceRepository resources,
                  BookingSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.companies = companies;
        this.bookings = bookings;
        this.resources = resources;
        this.settings = settings;
        this.clock = clock;
    }

    void requireRoomForAResource() {
        Plan plan = plan();
        BookingSettings.PlanLimits limits = requireBookings(plan);
        if (limits.resources() >= 0 && resources.count() >= limits.resources()) {
            throw ApiProblem.forbidden("The " + plan + " plan includes " + limits.resources()
                    + " resources; deactivate or delete one, or change the plan");
        }
    }

    void requireRoomForABooking() {
        Plan plan = plan();
        BookingSettings.PlanLimits limits = requireBookings(plan);
        if (limits.bookingsPerMonth() < 0) {
            return;
        }
        Instant monthStart = YearMonth.now(clock.withZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (bookings.madeSince(monthStart) >= limits.bookingsPerMonth()) {
            events.publishEvent(new BookingLimitReached(TenantContext.requireCompanyId(), plan.name(), limits.bookingsPerMonth()));
            throw ApiProblem.forbidden("The " + plan + " plan includes " + limits.bookingsPerMonth()
                    + " bookings a month, all made this month; change the plan to book more");
        }
    }

    /** Whether one more booking fits the plan; the owner is told when it does not. */
    boolean roomForABooking() {
        try {
            requireRoomForABooking();
            return true;
        } catch (ApiProblem refused) {
            return false;
        }
    }

    /** This month's bookings and the resources against what the plan includes (-1: unlimited, 0: none). */
    @Transactional(readOnly = true)
    BookingRequests.Usage usage() {
        Plan plan = plan();
        BookingSettings.PlanLimits limits = settings.limits(plan);
        Instant monthStart = YearMonth.now(clock.withZone(ZoneOffset.UTC)).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new BookingRequests.Usage(plan.name(), bookings.madeSince(monthStart), limits.bookingsPerMonth(),
                resources.count(), limits.resources());
    }

    @Override
    @Transactional(readOnly = true)
    public long madeIn(YearMonth month) {
        return bookings.madeBetween(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /** Whether the plan includes bookings at all. */
    boolean includesBookings() {
        return settings.limits(plan()).includesBookings();
    }

    private BookingSettings.PlanLimits requireBookings(Plan plan) {
        BookingSettings.PlanLimits limits = settings.limits(plan);
        if (!limits.includesBookings()) {
            throw ApiProblem.forbidden("The " + plan + " plan does not include bookings; change the plan to take them");
        }
        return limits;
    }

    private Plan plan() {
        return companies.find(TenantContext.requireCompanyId()).map(company -> company.planAt(clock.instant())).orElse(Plan.FREE);
    }
}
