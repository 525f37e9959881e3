package com.lyrox.turns;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lyrox.whatsapp.*}, the queue's and the turn's part (the names predate the module and stay,
 * beside {@code WhatsAppSettings}' webhook and Graph API part of the same prefix).
 *
 * @param dedupWindow         how long an event's id is remembered at the queue (Meta retries for 7 days)
 * @param workers             worker threads (virtual) per application instance taking jobs from the queue
 * @param debounceWindow      a burst of messages from one customer within this window is answered as one turn
 * @param rateLimitPerMinute  messages per customer per minute answered one by one; the rest are stored and merged
 * @param reclaimAfter        a job taken but not finished for this long is taken over by another worker
 * @param maxAttempts         a job that failed this many times goes to the dead-letter stream
 * @param turnSlots           jobs doing CPU-heavy work (store writes, the offline model, JSON) at once; 0: one per
 *                            core. Waits on the model, the Graph API or the debounce window take no slot
 */
@ConfigurationProperties("lyrox.whatsapp")
public record TurnSettings(
        @DefaultValue("7d") Duration dedupWindow,
        @DefaultValue("1000") int workers,
        @DefaultValue("2s") Duration debounceWindow,
        @DefaultValue("10") int rateLimitPerMinute,
        @DefaultValue("60s") Duration reclaimAfter,
        @DefaultValue("5") int maxAttempts,
        @DefaultValue("0") int turnSlots) {

    /** The slots of {@code turnSlots}, one per core when it is 0. */
    public int effectiveTurnSlots() {
        return turnSlots > 0 ? turnSlots : Runtime.getRuntime().availableProcessors();
    }
}
