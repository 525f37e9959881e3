package com.lyrox.turns.internal;

import com.lyrox.turns.InboundEvent;
import com.lyrox.turns.InboundQueue;
import com.lyrox.turns.TurnSettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The durable inbox between the webhook and the workers: a Redis stream with a consumer
 * group. Remembering an event's id and queueing it happen in one script, atomically: an
 * event is queued exactly once however often Meta delivers it, and never remembered
 * without being queued. All the events of one webhook body go in one script call, so a body
 * costs the intake a single round trip to Redis.
 */
@Component
class RedisInboundQueue implements InboundQueue {

    static final String STREAM = "wa:inbound";
    static final String DEAD_LETTERS = "wa:inbound:dead";
    static final String GROUP = "workers";

    /** KEYS: the stream, then one "seen" key per event; ARGV: the dedup window, then kind, company, payload per event. */
    private static final RedisScript<Long> REMEMBER_AND_QUEUE = new DefaultRedisScript<>("""
            local queued = 0
            for i = 2, #KEYS do
              if redis.call('SET', KEYS[i], '1', 'NX', 'EX', ARGV[1]) then
                local at = 3 * (i - 2) + 2
                redis.call('XADD', KEYS[1], '*', 'kind', ARGV[at], 'companyId', ARGV[at + 1], 'payload', ARGV[at + 2])
                queued = queued + 1
              end
            end
            return queued""", Long.class);

    private final StringRedisTemplate redis;
    private final ObjectMapper json;
    private final TurnSettings settings;

    RedisInboundQueue(StringRedisTemplate redis, ObjectMapper json, TurnSettings settings) {
        this.redis = redis;
        this.json = json;
        this.settings = settings;
    }

    @Override
    public int enqueue(List<CompanyEvents> batch) {
        List<String> keys = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        keys.add(STREAM);
        arguments.add(String.valueOf(settings.dedupWindow().toSeconds()));
        for (CompanyEvents companyEvents : batch) {
            for (InboundEvent event : companyEvents.events()) {
                keys.add("wa:seen:" + companyEvents.companyId() + ":" + event.dedupKey());
                arguments.add(event instanceof InboundEvent.Message ? "message" : "status");
                arguments.add(companyEvents.companyId().toString());
                arguments.add(json.writeValueAsString(
                        event instanceof InboundEvent.Message message ? message.message() : event));
            }
        }
        if (keys.size() == 1) {
            return 0;
        }
        Long queued = redis.execute(REMEMBER_AND_QUEUE, keys, arguments.toArray());
        return queued == null ? 0 : queued.intValue();
    }
}
