package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.platform.ApiProblem;
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

    /** The most digits before the decimal point an amount may have (what the event log keeps). */
    static final int MOST_WHOLE_DIGITS = 18;

    ProviderEvent {
        if (eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("an event has an id");
        }
        if (eventId.length() > 255 || type.length() > 100 || paymentId != null && paymentId.length() > 255
                || paymentMethod != null && paymentMethod.length() > 50) {
            throw ApiProblem.invalid(eventId.length() > 255 ? "eventId" : type.length() > 100 ? "type"
                    : paymentMethod != null && paymentMethod.length() > 50 ? "paymentMethod" : "paymentId",
                    "is longer than a payment event may be (a method at most 50 characters, ids 255)");
        }
        if (amount != null && (amount.signum() < 0 || amount.precision() - amount.scale() > MOST_WHOLE_DIGITS)) {
            throw ApiProblem.invalid("amount", "must be a positive amount of at most " + MOST_WHOLE_DIGITS + " digits");
        }
        if (currency != null && !currency.matches("[A-Z]{3}")) {
            throw ApiProblem.invalid("currency", "must be a three-letter currency code such as USD");
        }
    }
}
