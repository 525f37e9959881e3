package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingReminderDue;
import com.lyrox.bookings.BookingStatus;
import com.lyrox.platform.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every {@code lyrox.bookings.reminder-interval}, claims the reminders that are due and announces
 * each of a booking still confirmed and still ahead ({@link BookingReminderDue}), inside its
 * company. A reminder is claimed before it is announced: a failure to send it is logged, never
 * followed by a second reminder.
 */
@Component
class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final int BATCH = 200;

    private final BookingReminders reminders;
    private final BookingRepository bookings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReminderJob(BookingReminders reminders, BookingRepository bookings, ApplicationEventPublisher events,
                PlatformTransactionManager transactions, Clock clock) {
        this.reminders = reminders;
        this.bookings = bookings;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setReadOnly(true);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lyrox.bookings.reminder-interval:60s}",
            initialDelayString = "${lyrox.bookings.reminder-interval:60s}")
    void sendDue() {
        Map<UUID, List<UUID>> dueByCompany;
        try {
            dueByCompany = reminders.claimDue(BATCH).stream().collect(Collectors.groupingBy(BookingReminders.Due::companyId,
                    Collectors.mapping(BookingReminders.Due::bookingId, Collectors.toList())));
        } catch (RuntimeException e) {
            log.warn("Claiming the reminders that are due failed, retried in the next run: {}", e.toString());
            return;
        }
        dueByCompany.forEach((companyId, ids) -> TenantContext.runAs(companyId, null, () -> ids.forEach(id -> {
            try {
                Booking booking = transaction.execute(status -> bookings.findById(id).orElse(null));
                if (booking != null && booking.status() == BookingStatus.CONFIRMED && booking.startsAt().isAfter(clock.instant())) {
                    events.publishEvent(new BookingReminderDue(companyId, id, booking.customerId()));
                }
            } catch (RuntimeException e) {
                log.warn("The reminder of booking {} could not be sent: {}", id, e.toString());
            }
        })));
    }
}
