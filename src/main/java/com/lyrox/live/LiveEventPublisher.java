package com.lyrox.live;

import com.lyrox.billing.BalanceLow;
import com.lyrox.billing.QuotaThresholdReached;
import com.lyrox.billing.PlanPaymentFailed;
import com.lyrox.bookings.BookingLimitReached;
import com.lyrox.payments.PaymentMismatched;
import com.lyrox.conversations.ConversationUpdated;
import com.lyrox.conversations.DeliveryStatusChanged;
import com.lyrox.conversations.MessageRecorded;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Publishes what the dashboard shows on its company's Redis channel, so the instance that holds
 * a dashboard's stream gets it whichever instance made the change.
 *
 * <p>Unlike the modules' other listeners, these run on the thread that raised the event, as it
 * raises it: frames of one conversation leave in the order its changes were made (an executor
 * could reorder two messages of a burst), at once, and at the cost of one Redis publish. The
 * conversation events come from MongoDB writes that are never rolled back, so there is no
 * commit to wait for, and nothing to keep in the publication registry: a frame lost to a crash
 * is in the history the dashboard reloads when it reconnects.
 */
@Component
class LiveEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(LiveEventPublisher.class);

    private final StringRedisTemplate redis;
    private final ObjectMapper json;

    LiveEventPublisher(StringRedisTemplate redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @EventListener
    void on(MessageRecorded recorded) {
        send(recorded.companyId(), LiveFrame.of(recorded));
    }

    @EventListener
    void on(DeliveryStatusChanged changed) {
        send(changed.companyId(), LiveFrame.of(changed));
    }

    @EventListener
    void on(ConversationUpdated updated) {
        send(updated.companyId(), LiveFrame.of(updated));
    }

    /** The owner hears at once when the plan's AI interactions reach 80% and 100%. */
    @EventListener
    void on(QuotaThresholdReached notice) {
        send(notice.companyId(), LiveFrame.of(notice));
    }

    /** The owner hears at once when a booking is refused because the plan's bookings of the month are made. */
    @EventListener
    void on(BookingLimitReached notice) {
        send(notice.companyId(), LiveFrame.of(notice));
    }

    /** The owner hears at once when the prepaid balance falls below its threshold. */
    @EventListener
    void on(BalanceLow low) {
        send(low.companyId(), LiveFrame.of(low));
    }

    /** The owner hears at once when Stripe could not charge the renewal of the plan. */
    @EventListener
    void on(PlanPaymentFailed failed) {
        send(failed.companyId(), LiveFrame.of(failed));
    }

    /** The owner hears at once when a provider reported a payment that does not match its sale. */
    @EventListener
    void on(PaymentMismatched mismatch) {
        send(mismatch.companyId(), LiveFrame.of(mismatch));
    }

    private void send(UUID companyId, LiveFrame frame) {
        try {
            redis.convertAndSend(LiveChannels.of(companyId), json.writeValueAsString(frame));
        } catch (RuntimeException e) {
            // The history is stored already and the dashboard reloads it on reconnect: a lost
            // live frame must not fail the message path that raised it.
            log.warn("Live {} frame not published: {}", frame.type(), e.getMessage());
        }
    }
}
