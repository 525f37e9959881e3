package com.lyrox.whatsapp.internal.simulator;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** The simulated customers' phones: what the business sent to each, kept in Redis for a week. */
@Component
@ConditionalOnBooleanProperty("lyrox.simulator.enabled")
class SimulatedPhones {

    private static final int KEEP = 200;
    private static final Duration RETENTION = Duration.ofDays(7);

    /** A message as the customer's phone received it. */
    record Received(String id, String type, String text, List<String> buttons, List<String> listRows, String at) {
    }

    private final StringRedisTemplate redis;
    private final ObjectMapper json;

    SimulatedPhones(StringRedisTemplate redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void receive(UUID companyId, String waId, Received message) {
        String key = key(companyId, waId);
        redis.opsForList().rightPush(key, json.writeValueAsString(message));
        redis.opsForList().trim(key, -KEEP, -1);
        redis.expire(key, RETENTION);
    }

    List<Received> inbox(UUID companyId, String waId) {
        List<String> stored = redis.opsForList().range(key(companyId, waId), 0, -1);
        return stored == null ? List.of() : stored.stream().map(text -> json.readValue(text, Received.class)).toList();
    }

    /** True the first time a message is marked read on the phone. */
    boolean markRead(UUID companyId, String waId, String messageId) {
        String key = key(companyId, waId) + ":read";
        Long added = redis.opsForSet().add(key, messageId);
        redis.expire(key, RETENTION);
        return added != null && added == 1L;
    }

    private static String key(UUID companyId, String waId) {
        return "sim:" + companyId + ":" + waId;
    }
}
