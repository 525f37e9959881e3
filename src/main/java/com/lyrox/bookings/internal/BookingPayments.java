package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingPaymentUnmatched;
import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SaleCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A paid sale confirms the hold that waited for it. Runs after the sale's transaction, from the
 * event publication registry (a confirmation interrupted by a crash is made when the application
 * starts again); the booking is confirmed only while held, so a payment announced twice confirms once.
 * A payment for a booking that no longer holds its slot is announced for a person to settle.
 */
@Component
class BookingPayments {

    private static final Logger log = LoggerFactory.getLogger(BookingPayments.class);

    private final BookingService bookings;
    private final BookingRepository repository;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    BookingPayments(BookingService bookings, BookingRepository repository, ApplicationEventPublisher events,
                    PlatformTransactionManager transactions) {
        this.bookings = bookings;
        this.repository = repository;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SaleCompleted paid) {
        TenantContext.runAs(paid.companyId(), null, () -> {
            if (bookings.confirmPaid(paid.saleId()).isEmpty()) {
                transaction.executeWithoutResult(status -> repository.findBySaleId(paid.saleId()).ifPresent(booking -> {
                    log.warn("Sale {} was paid for booking {}, which is {} and no longer holds its slot",
                            paid.saleId(), booking.getId(), booking.status());
                    events.publishEvent(new BookingPaymentUnmatched(paid.companyId(), booking.getId(),
                            booking.customerId(), paid.saleId()));
                }));
            }
        });
    }
}
