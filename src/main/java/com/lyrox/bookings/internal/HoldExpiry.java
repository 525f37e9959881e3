package com.lyrox.bookings.internal;

import com.lyrox.platform.TenantContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires the holds that ran out, every {@code lyrox.bookings.expiry-interval}, each company's
 * inside its own tenant. Several instances may run it at once: each booking is locked and
 * expired only while it is still held, so it is expired, and announced, once.
 */
@Component
class HoldExpiry {

    private static final Logger log = LoggerFactory.getLogger(HoldExpiry.class);
    private static final int BATCH = 500;

    private final HoldDeadlines deadlines;
    private final BookingService bookings;
    private final Clock clock;

    HoldExpiry(HoldDeadlines deadlines, BookingService bookings, Clock clock) {
        this.deadlines = deadlines;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${lyrox.bookings.expiry-interval:30s}", initialDelayString = "${lyrox.bookings.expiry-interval:30s}")
    void expireDueHolds() {
        Map<UUID, List<UUID>> dueByCompany;
        try {
            dueByCompany = deadlines.due(clock.instant(), BATCH).stream()
                    .collect(Collectors.groupingBy(HoldDeadlines.Due::companyId,
                            Collectors.mapping(HoldDeadlines.Due::bookingId, Collectors.toList())));
        } catch (RuntimeException e) {
            log.warn("Reading the holds that ran out failed, retried in the next run: {}", e.toString());
            return;
        }
        // One company's failure (one transaction each, nothing half-done) leaves the others' holds expired.
        dueByCompany.forEach((companyId, ids) -> {
            try {
                TenantContext.runAs(companyId, null, () -> bookings.expireDue(ids));
            } catch (RuntimeException e) {
                log.warn("Expiring holds of company {} failed, retried in the next run: {}", companyId, e.toString());
            }
        });
    }
}
