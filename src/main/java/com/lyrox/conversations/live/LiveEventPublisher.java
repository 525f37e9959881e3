package com.lyrox.conversations.live;

import com.lyrox.billing.QuotaThresholdReached;
import com.lyrox.conversations.ConversationChanged;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.ObjectMapper;

/**
 * Publishes every conversation change on its company's Redis channel, so the instance that
 * holds a dashboard's stream gets it whichever instance made the change.
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

    /** After the commit when there is a transaction: a dashboard must not show a change that was rolled back. */
    @TransactionalEventListener(fallbackExecution = true)
    void publish(ConversationChanged change) {
        send(change.companyId(), LiveFrame.of(change));
    }

    /** The owner hears at once when the plan's AI interactions reach 80% and 100%. */
    @EventListener
    void publish(QuotaThresholdReached notice) {
        send(notice.companyId(), new LiveFrame("notice", null, null, Map.of("kind", "ai-quota",
                "percent", notice.percent(), "used", notice.used(), "limit", notice.limit())));
    }

    private void send(java.util.UUID companyId, LiveFrame frame) {
        try {
            redis.convertAndSend(LiveChannels.of(companyId), json.writeValueAsString(frame));
        } catch (RuntimeException e) {
            // The history is stored already and the dashboard reloads it on reconnect: a lost
            // live frame must not fail the message path that raised it.
            log.warn("Live {} frame not published: {}", frame.type(), e.getMessage());
        }
    }
}
