package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * What one provider event says, in terms common to every provider: which sale (by id, else by
 * the provider's payment id), what happened to its payment, and the amount paid.
 *
 * @param eventId the provider's id of the event: the same event delivered again has the same one
 * @param type    the provider's name of the event, as shown in the event log
 */
record ProviderEvent(PaymentProvider provider, String eventId, String type, Effect effect, UUID saleId, String paymentId,
                     BigDecimal amount, String currency, String paymentMethod) {

    /** What the event does to the sale's payment. */
    enum Effect {
        /** Paid: completes a pending sale of the same amount and currency. */
        PAID,
        /** Started but not paid yet (a bank transfer on its way): nothing changes. */
        PENDING,
        /** The payment failed: a pending sale fails. */
        FAILED,
        /** Refunded in full: a completed sale is refunded (a pending one once it completes). */
        REFUNDED,
        /** Nothing Lyrox acts on: recorded only. */
        NONE
    }

    ProviderEvent {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an event has an id");
        }
    }
}
