package com.lyrox.conversations.internal;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationFigures;
import com.lyrox.conversations.ConversationFigures.Activity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * A company's conversation activity in Redis: one hash per UTC day ({@code activity:{company}:2026-12-05}),
 * a field per quarter-hour and kind ({@code q37:messages}), kept {@link #KEPT} after its day.
 * <p>
 * The counters of a company are complete once its marker ({@code activity:{company}:built}) holds
 * the moment T from which they are counted live; everything before T comes from the history,
 * counted once by a rebuild ({@link CountedConversationFigures}). So a live event counts only when
 * the marker (or the lock of a running rebuild, which carries its T) exists and the event is not
 * older than T: events before T are left to the rebuild, which counts only history strictly older
 * than T. Starting a rebuild takes the lock and clears the counters in one step, and a rebuild
 * writes only while it still holds its lock, so a rebuild that dies or overruns its lock adds
 * nothing twice.
 */
@Component
class ActivityCounters {

    static final Duration KEPT = Duration.ofDays(400);
    static final Duration LOCK = Duration.ofMinutes(5);

    /** What is counted, by field suffix. */
    enum Kind {
        STARTED("started"), MESSAGES("messages"), AI_REPLIES("ai"), HUMAN_REPLIES("human"), HANDOFFS("handoffs");

        final String suffix;

        Kind(String suffix) {
            this.suffix = suffix;
        }
    }

    private static final RedisScript<Long> COUNT_LIVE = new DefaultRedisScript<>("""
            local since = redis.call('GET', KEYS[2]) or redis.call('GET', KEYS[3])
            since = since and tonumber(string.match(since, '^%d+'))
            if not since or tonumber(ARGV[1]) < since then return 0 end
            for i = 3, #ARGV do redis.call('HINCRBY', KEYS[1], ARGV[i], 1) end
            redis.call('EXPIREAT', KEYS[1], ARGV[2])
            return 1""", Long.class);
    private static final RedisScript<Long> BEGIN_REBUILD = new DefaultRedisScript<>("""
            if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 0 end
            for i = 2, #KEYS do redis.call('DEL', KEYS[i]) end
            return 1""", Long.class);
    private static final RedisScript<Long> ADD_HISTORY = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
            for i = 3, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
            redis.call('EXPIREAT', KEYS[1], ARGV[2])
            return 1""", Long.class);
    private static final RedisScript<Long> END_REBUILD = new DefaultRedisScript<>("""
            if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
            if ARGV[2] ~= '' then redis.call('SET', KEYS[2], ARGV[2]) end
            redis.call('DEL', KEYS[1])
            return 1""", Long.class);

    private final StringRedisTemplate redis;

    ActivityCounters(StringRedisTemplate redis) {
        this.redis = redis;
    }

    void inbound(UUID companyId, Instant at, boolean started) {
        count(companyId, at, started ? List.of(Kind.STARTED, Kind.MESSAGES) : List.of(Kind.MESSAGES));
    }

    void outbound(UUID companyId, Instant at, Author author) {
        count(companyId, at, switch (author) {
            case AI -> List.of(Kind.MESSAGES, Kind.AI_REPLIES);
            case HUMAN -> List.of(Kind.MESSAGES, Kind.HUMAN_REPLIES);
            default -> List.of(Kind.MESSAGES);
        });
    }

    void handoff(UUID companyId, Instant at) {
        count(companyId, at, List.of(Kind.HANDOFFS));
    }

    /**
     * Marks the counters of a company that has no history yet as complete: every event counts live,
     * whatever its time (a customer's message can carry a moment before the company was registered).
     */
    void markComplete(UUID companyId) {
        redis.opsForValue().setIfAbsent(marker(companyId), "0");
    }

    /** Marks the counters of a company as incomplete: the next reader counts them again from the history. */
    void forget(UUID companyId) {
        redis.delete(marker(companyId));
    }

    /** One call, however many kinds the event counts as. */
    private void count(UUID companyId, Instant at, List<Kind> kinds) {
        LocalDate day = day(at);
        List<String> args = new ArrayList<>(List.of(String.valueOf(at.toEpochMilli()), expiry(day)));
        kinds.forEach(kind -> args.add(field(at, kind)));
        redis.execute(COUNT_LIVE, List.of(key(companyId, day), marker(companyId), lock(companyId)), args.toArray());
    }

    /** The buckets with activity starting in [from, to), and whether the company's counters are complete. */
    Counted read(UUID companyId, Instant from, Instant to) {
        List<LocalDate> days = day(from).datesUntil(day(to).plusDays(1)).toList();
        List<Object> replies = redis.executePipelined((RedisCallback<Object>) connection -> {
            connection.keyCommands().exists(bytes(marker(companyId)));
            days.forEach(day -> connection.hashCommands().hGetAll(bytes(key(companyId, day))));
            return null;
        });
        Map<Instant, Map<Kind, Long>> buckets = new TreeMap<>();
        for (int i = 0; i < days.size(); i++) {
            Instant midnight = days.get(i).atStartOfDay(ZoneOffset.UTC).toInstant();
            @SuppressWarnings("unchecked")
            Map<String, String> fields = (Map<String, String>) replies.get(i + 1);
            fields.forEach((field, value) -> {
                String[] parts = field.split(":");
                Instant at = midnight.plus(ConversationFigures.BUCKET.multipliedBy(Long.parseLong(parts[0].substring(1))));
                Stream.of(Kind.values()).filter(kind -> kind.suffix.equals(parts[1])).findFirst().ifPresent(kind ->
                        buckets.computeIfAbsent(at, bucket -> new EnumMap<>(Kind.class)).merge(kind, Long.parseLong(value), Long::sum));
            });
        }
        return new Counted(Boolean.TRUE.equals(replies.get(0)), buckets.entrySet().stream()
                .filter(bucket -> !bucket.getKey().isBefore(from) && bucket.getKey().isBefore(to))
                .map(bucket -> new Activity(bucket.getKey(), bucket.getValue().getOrDefault(Kind.STARTED, 0L),
                        bucket.getValue().getOrDefault(Kind.MESSAGES, 0L), bucket.getValue().getOrDefault(Kind.AI_REPLIES, 0L),
                        bucket.getValue().getOrDefault(Kind.HUMAN_REPLIES, 0L), bucket.getValue().getOrDefault(Kind.HANDOFFS, 0L)))
                .toList());
    }

    /** Buckets of activity, oldest first; complete when every event up to now is in them. */
    record Counted(boolean complete, List<Activity> buckets) {
    }

    /** Takes the rebuild lock for the counting from {@code since} on and clears the kept days up to then. */
    boolean beginRebuild(UUID companyId, String token, Instant since) {
        List<String> keys = new ArrayList<>(List.of(lock(companyId), marker(companyId)));
        day(since.minus(KEPT)).datesUntil(day(since).plusDays(2)).forEach(day -> keys.add(key(companyId, day)));
        return Long.valueOf(1).equals(redis.execute(BEGIN_REBUILD, keys, token, String.valueOf(LOCK.toMillis())));
    }

    /** Adds counts of the history to one day's counters, while the rebuild holding {@code token} still runs. */
    boolean addHistory(UUID companyId, String token, LocalDate day, Map<String, Long> counts) {
        List<String> args = new ArrayList<>(List.of(token, expiry(day)));
        counts.forEach((field, count) -> {
            args.add(field);
            args.add(String.valueOf(count));
        });
        return Long.valueOf(1).equals(redis.execute(ADD_HISTORY, List.of(key(companyId, day), lock(companyId)), args.toArray()));
    }

    /** Lets go of the lock; marks the counters complete from {@code since} on unless the rebuild failed (null). */
    void endRebuild(UUID companyId, String token, Instant since) {
        redis.execute(END_REBUILD, List.of(lock(companyId), marker(companyId)), token,
                since == null ? "" : String.valueOf(since.toEpochMilli()));
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static String field(Instant at, Kind kind) {
        long quarter = at.atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay() / ConversationFigures.BUCKET.toSeconds();
        return "q" + quarter + ":" + kind.suffix;
    }

    private static byte[] bytes(String key) {
        return key.getBytes(StandardCharsets.UTF_8);
    }

    private static String expiry(LocalDate day) {
        return String.valueOf(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(KEPT).getEpochSecond());
    }

    static String key(UUID companyId, LocalDate day) {
        return prefix(companyId) + day;
    }

    static String marker(UUID companyId) {
        return prefix(companyId) + "built";
    }

    private static String lock(UUID companyId) {
        return prefix(companyId) + "rebuilding";
    }

    private static String prefix(UUID companyId) {
        return "activity:" + companyId + ":";
    }
}
