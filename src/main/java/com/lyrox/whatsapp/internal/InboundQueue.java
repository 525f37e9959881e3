package com.lyrox.whatsapp.internal;

import com.lyrox.whatsapp.WhatsAppSettings;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The durable inbox between the webhook and the workers: a Redis stream with a consumer
 * group. Remembering an event's id and queueing it happen in one script, atomically: an
 * event is queued exactly once however often Meta delivers it, and never remembered
 * without being queued.
 */
@Component
class InboundQueue {

    static final String STREAM = "wa:inbound";
    static final String DEAD_LETTERS = "wa:inbound:dead";
    static final String GROUP = "workers";

    private static final RedisScript<Long> REMEMBER_AND_QUEUE = new DefaultRedisScript<>("""
            if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
              redis.call('XADD', KEYS[2], '*', 'kind', ARGV[2], 'companyId', ARGV[3], 'payload', ARGV[4])
              return 1
            end
            return 0""", Long.class);

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final WhatsAppSettings settings;

    InboundQueue(StringRedisTemplate redis, ObjectMapper json, WhatsAppSettings settings) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
    }

    /** Queues the events not seen before; answers how many were new. */
    int enqueue(UUID companyId, List<WebhookEvent> events) {
        int queued = 0;
        for (WebhookEvent event : events) {
            String kind = event instanceof WebhookEvent.Message ? "message" : "status";
            Object payload = event instanceof WebhookEvent.Message message ? message.message() : event;
            Long added = redis.execute(REMEMBER_AND_QUEUE,
                    List.of("wa:seen:" + companyId + ":" + event.dedupKey(), STREAM),
                    String.valueOf(settings.dedupWindow().toSeconds()), kind, companyId.toString(),
                    json.writeValueAsString(payload));
            queued += added != null && added == 1L ? 1 : 0;
        }
        return queued;
    }

}
