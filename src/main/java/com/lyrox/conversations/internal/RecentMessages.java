package com.lyrox.conversations.internal;

import com.lyrox.conversations.MessageView;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The newest messages of a conversation in Redis ({@code ctx:{company}:{conversation}}, one
 * hour after the last use): the agent's context without reading MongoDB on every turn. A new
 * message extends the list only while it exists, so the list is never a partial history.
 */
@Component
class RecentMessages {

    static final int KEPT = 40;
    static final Duration TTL = Duration.ofHours(1);

    private static final RedisScript<Long> APPEND_IF_CACHED = new DefaultRedisScript<>("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            redis.call('RPUSH', KEYS[1], ARGV[1])
            redis.call('LTRIM', KEYS[1], -tonumber(ARGV[2]), -1)
            redis.call('EXPIRE', KEYS[1], ARGV[3])
            return 1""", Long.class);
    /** The copy, its hour started again when it exists. */
    private static final RedisScript<List> READ = new DefaultRedisScript<>("""
            local messages = redis.call('LRANGE', KEYS[1], 0, -1)
            if #messages > 0 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
            return messages""", List.class);
    /** Replaces the copy in one step: ARGV = TTL, then the messages, oldest first. */
    private static final RedisScript<Long> REPLACE = new DefaultRedisScript<>("""
            redis.call('DEL', KEYS[1])
            if #ARGV > 1 then
              redis.call('RPUSH', KEYS[1], unpack(ARGV, 2))
              redis.call('EXPIRE', KEYS[1], ARGV[1])
            end
            return #ARGV - 1""", Long.class);

    private final StringRedisTemplate redis;
    private final ObjectMapper json;

    RecentMessages(StringRedisTemplate redis, ObjectMapper json) {
        this.redis = redis;
        this.json = json;
    }

    void append(UUID companyId, UUID conversationId, MessageView message) {
        redis.execute(APPEND_IF_CACHED, List.of(key(companyId, conversationId)), json.writeValueAsString(message),
                String.valueOf(KEPT), String.valueOf(TTL.toSeconds()));
    }

    /** One round trip: the copy, read and kept for another hour. */
    Optional<List<MessageView>> read(UUID companyId, UUID conversationId) {
        @SuppressWarnings("unchecked")
        List<String> cached = redis.execute(READ, List.of(key(companyId, conversationId)), String.valueOf(TTL.toSeconds()));
        if (cached == null || cached.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cached.stream().map(text -> json.readValue(text, MessageView.class)).toList());
    }

    /** One round trip, and atomic: an append never lands between the old copy's removal and the new one. */
    void store(UUID companyId, UUID conversationId, List<MessageView> messages) {
        List<String> args = new ArrayList<>(messages.size() + 1);
        args.add(String.valueOf(TTL.toSeconds()));
        messages.forEach(message -> args.add(json.writeValueAsString(message)));
        redis.execute(REPLACE, List.of(key(companyId, conversationId)), args.toArray());
    }

    /**
     * The last {@code limit} messages up to {@code throughSeq} when {@code cached} holds every one
     * of them, oldest first; empty when one is missing (a gap, or a copy older than the range).
     */
    static Optional<List<MessageView>> wholeRange(List<MessageView> cached, long throughSeq, int limit) {
        long from = Math.max(1, throughSeq - limit + 1);
        Map<Long, MessageView> bySeq = new TreeMap<>();
        for (MessageView message : cached) {
            if (message.seq() >= from && message.seq() <= throughSeq) {
                bySeq.putIfAbsent(message.seq(), message);
            }
        }
        if (bySeq.size() != Math.max(0, throughSeq - from + 1)) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(bySeq.values()));
    }

    private static String key(UUID companyId, UUID conversationId) {
        return "ctx:" + companyId + ":" + conversationId;
    }
}
