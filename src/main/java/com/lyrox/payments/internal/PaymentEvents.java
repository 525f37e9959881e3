package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentMismatched;
import com.lyrox.payments.PaymentReceived;
import com.lyrox.platform.TenantContext;
import com.lyrox.sales.PaymentStatus;
import com.lyrox.sales.SalesDesk;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a checked provider event to the sale it names, once: the event is recorded in the same
 * transaction as its effect, and the sale is locked while it is applied. A payment of another
 * amount or currency never completes a sale; a refund that arrives before the payment it refunds
 * waits for it.
 */
@Service
class PaymentEvents {

    /** What applying an event did, to the sale it turned out to be. */
    private record Applied(PaymentOutcome outcome, UUID saleId, String detail) {
    }

    private final PaymentEventLog log;
    private final SalesDesk sales;
    private final ApplicationEventPublisher events;

    PaymentEvents(PaymentEventLog log, SalesDesk sales, ApplicationEventPublisher events) {
        this.log = log;
        this.sales = sales;
        this.events = events;
    }

    @Transactional
    PaymentOutcome apply(ProviderEvent event) {
        Optional<UUID> row = log.recordIfNew(event);
        if (row.isEmpty()) {
            return PaymentOutcome.DUPLICATE;
        }
        if (event.paymentId() != null) {
            log.lockPayment(event.paymentId());
        }
        Applied applied = applyNew(event);
        log.finish(row.get(), applied.outcome(), applied.saleId(), applied.detail());
        return applied.outcome();
    }

    private Applied applyNew(ProviderEvent event) {
        if (event.effect() == ProviderEvent.Effect.NONE) {
            return new Applied(PaymentOutcome.IGNORED, null, null);
        }
        Optional<SalesDesk.SaleState> found = event.saleId() != null ? sales.lockForPayment(event.saleId())
                : event.paymentId() != null ? sales.findByPaymentId(event.paymentId())
                        .flatMap(sale -> sales.lockForPayment(sale.id())) : Optional.empty();
        if (found.isEmpty()) {
            return event.effect() == ProviderEvent.Effect.REFUNDED && event.paymentId() != null
                    ? new Applied(PaymentOutcome.REFUND_WAITING, null, "no sale has this payment yet; refunded when one completes with it")
                    : new Applied(PaymentOutcome.UNKNOWN_SALE, null, "no sale of this company has this reference");
        }
        SalesDesk.SaleState sale = found.get();
        return switch (event.effect()) {
            case PAID -> paid(event, sale);
            case PENDING -> new Applied(PaymentOutcome.WAITING_FOR_PAYMENT, sale.id(), null);
            // An attempt that failed leaves the sale pending: the customer may pay again through the same link.
            case FAILED -> new Applied(PaymentOutcome.FAILED, sale.id(), "the attempt failed; the sale stays "
                    + sale.status() + " for another attempt");
            case REFUNDED -> sale.status() == PaymentStatus.PENDING
                    ? new Applied(PaymentOutcome.REFUND_WAITING, sale.id(), "the payment has not completed the sale yet")
                    : settled(sales.refundPaid(sale.id()), PaymentOutcome.REFUNDED, sale);
            case NONE -> new Applied(PaymentOutcome.IGNORED, sale.id(), null);
        };
    }

    private Applied paid(ProviderEvent event, SalesDesk.SaleState sale) {
        if (sale.status() != PaymentStatus.PENDING) {
            return new Applied(PaymentOutcome.ALREADY_SETTLED, sale.id(), "the sale is " + sale.status());
        }
        if (event.amount() == null || event.currency() == null || event.amount().compareTo(sale.amount()) != 0
                || !event.currency().equalsIgnoreCase(sale.currency())) {
            events.publishEvent(new PaymentMismatched(TenantContext.requireCompanyId(), sale.id(), event.provider(),
                    event.eventId(), sale.amount(), sale.currency(), event.amount(), event.currency()));
            return new Applied(PaymentOutcome.AMOUNT_MISMATCH, sale.id(), "paid " + event.amount() + " " + event.currency()
                    + " for a sale of " + sale.amount() + " " + sale.currency());
        }
        sales.completePaid(sale.id(), event.provider().name(), event.paymentMethod(), event.paymentId());
        List<UUID> refunds = log.refundsWaitingFor(sale.id(), event.paymentId());
        if (!refunds.isEmpty() && sales.refundPaid(sale.id())) {
            // Refunded already: the customer is not told of a payment that is given back.
            refunds.forEach(refund -> log.finish(refund, PaymentOutcome.REFUNDED, sale.id(), "applied when the payment completed"));
            return new Applied(PaymentOutcome.COMPLETED, sale.id(), "refunded at once: a refund had come first");
        }
        events.publishEvent(new PaymentReceived(TenantContext.requireCompanyId(), sale.id(), sale.customerId(), sale.amount(),
                sale.currency(), event.provider()));
        return new Applied(PaymentOutcome.COMPLETED, sale.id(), null);
    }

    private static Applied settled(boolean changed, PaymentOutcome outcome, SalesDesk.SaleState sale) {
        return changed ? new Applied(outcome, sale.id(), null)
                : new Applied(PaymentOutcome.ALREADY_SETTLED, sale.id(), "the sale is " + sale.status());
    }
}
