package com.lyrox.conversations.live;

import com.lyrox.conversations.ConversationChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
        try {
            redis.convertAndSend(LiveChannels.of(change.companyId()), json.writeValueAsString(LiveFrame.of(change)));
        } catch (RuntimeException e) {
            // The history is stored already and the dashboard reloads it on reconnect: a lost
            // live frame must not fail the message path that raised it.
            log.warn("Live event {} of conversation {} not published: {}", change.kind(), change.conversationId(),
                    e.getMessage());
        }
    }
}
