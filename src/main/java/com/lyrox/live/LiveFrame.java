package com.lyrox.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.lyrox.billing.BalanceLow;
import com.lyrox.billing.QuotaThresholdReached;
import com.lyrox.billing.PlanPaymentFailed;
import com.lyrox.bookings.BookingLimitReached;
import com.lyrox.payments.PaymentMismatched;
import com.lyrox.conversations.ConversationUpdated;
import com.lyrox.conversations.DeliveryStatus;
import com.lyrox.conversations.DeliveryStatusChanged;
import com.lyrox.conversations.MessageRecorded;
import java.util.Map;
import java.util.UUID;

/**
 * A JSON frame of the live stream: {@code connected} once, then one per change the dashboard
 * shows: {@code message}, {@code status}, {@code conversation} and {@code notice}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record LiveFrame(String type, UUID companyId, UUID conversationId, Object payload) {

    static LiveFrame connected(UUID companyId) {
        return new LiveFrame("connected", companyId, null, null);
    }

    static LiveFrame of(MessageRecorded recorded) {
        return new LiveFrame("message", null, recorded.conversationId(), recorded.message());
    }

    static LiveFrame of(DeliveryStatusChanged changed) {
        return new LiveFrame("status", null, changed.conversationId(), new StatusPayload(changed.messageId(),
                changed.status(), changed.errorCode(), changed.errorMessage()));
    }

    static LiveFrame of(ConversationUpdated updated) {
        return new LiveFrame("conversation", null, updated.conversationId(), updated.conversation());
    }

    static LiveFrame of(QuotaThresholdReached notice) {
        return new LiveFrame("notice", null, null, Map.of("kind", "ai-quota",
                "percent", notice.percent(), "used", notice.used(), "limit", notice.limit()));
    }

    static LiveFrame of(BookingLimitReached notice) {
        return new LiveFrame("notice", null, null, Map.of("kind", "booking-limit", "plan", notice.plan(),
                "limit", notice.bookingsPerMonth()));
    }

    static LiveFrame of(BalanceLow low) {
        return new LiveFrame("notice", null, null, Map.of("kind", "balance-low", "balance", low.balance().toPlainString(),
                "currency", low.currency(), "threshold", low.threshold().toPlainString()));
    }

    static LiveFrame of(PlanPaymentFailed failed) {
        return new LiveFrame("notice", null, null, Map.of("kind", "plan-payment-failed",
                "invoice", failed.invoiceNumber() == null ? "" : failed.invoiceNumber(),
                "amount", failed.amountDue() + " " + failed.currency()));
    }

    static LiveFrame of(PaymentMismatched mismatch) {
        return new LiveFrame("notice", null, null, Map.of("kind", "payment-mismatch", "saleId", mismatch.saleId().toString(),
                "provider", mismatch.provider().name(), "expected", mismatch.expectedAmount() + " " + mismatch.expectedCurrency(),
                "received", mismatch.receivedAmount() + " " + mismatch.receivedCurrency()));
    }

    /** A status that moved forward, as the dashboard reads it. */
    record StatusPayload(String messageId, DeliveryStatus status, Integer errorCode, String errorMessage) {
    }
}
