package com.lyrox.conversations.internal;

import static com.mongodb.client.model.Filters.eq;

import com.lyrox.conversations.ConversationStatus;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The inbox's order and filters in Redis, so a page of the inbox costs a page, whatever the
 * company's size: per company, sorted sets of conversation ids by last message, newest first
 * ({@code inbox:{company}:all}, and one per status, stage and read state), and the entry each
 * id is filed under ({@code inbox:{company}:entries}). The conversation log files a
 * conversation after every write to it, so the index follows MongoDB; a page is read from the
 * sets and its documents by {@code _id}, so what a page shows is always MongoDB's.
 * <p>
 * A company without the marker {@code inbox:{company}:built} (an installation from before the
 * index, a Redis that lost its data) is filed from MongoDB once, on the first read, by one
 * reader at a time. Every write that can move a conversation in the inbox raises its
 * {@code inboxVersion}, and an entry is only ever replaced by a newer version: two writers whose
 * filings reach Redis in the other order than their writes reached MongoDB, or a rebuild that
 * read a document before the log's latest write, leave the newest filing in place. A write whose
 * filing a crash cut short leaves its conversation in the old place until its next write.
 */
@Component
class InboxIndex {

    /** Conversations filed per call of a rebuild. */
    private static final int REBUILD_BATCH = 500;
    private static final Duration REBUILD_LOCK = Duration.ofMinutes(2);
    static final String VERSION = "inboxVersion";
    static final Bson FILED_FIELDS = Projections.include("status", "stage", "unreadCount", "lastMessageAt", VERSION);

    /**
     * Files conversations: ARGV = prefix, then (id, version, score, status, unread, stage) per
     * conversation, each unless filed at the same or a newer version. An id leaves the sets of its
     * old entry before it joins those of its new one.
     */
    private static final RedisScript<Long> FILE = new DefaultRedisScript<>("""
            local prefix = ARGV[1]
            local filed = 0
            for i = 2, #ARGV, 6 do
              local id, version, score = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2]
              local status, unread, stage = ARGV[i + 3], ARGV[i + 4], ARGV[i + 5]
              local old = redis.call('HGET', prefix .. 'entries', id)
              local oldVersion, oldStatus, oldUnread, oldStage
              if old then
                oldVersion, oldStatus, oldUnread, oldStage = string.match(old, '^([^|]*)|([^|]*)|([^|]*)|(.*)$')
              end
              if not old or tonumber(oldVersion) < version then
                if old then
                  redis.call('ZREM', prefix .. 'status:' .. oldStatus, id)
                  redis.call('ZREM', prefix .. 'unread:' .. oldUnread, id)
                  redis.call('ZREM', prefix .. 'stage:' .. oldStage, id)
                end
                redis.call('HSET', prefix .. 'entries', id, ARGV[i + 1] .. '|' .. status .. '|' .. unread .. '|' .. stage)
                redis.call('ZADD', prefix .. 'all', score, id)
                redis.call('ZADD', prefix .. 'status:' .. status, score, id)
                redis.call('ZADD', prefix .. 'unread:' .. unread, score, id)
                redis.call('ZADD', prefix .. 'stage:' .. stage, score, id)
                filed = filed + 1
              end
            end
            return filed""", Long.class);

    /**
     * A page: ARGV = prefix, start, stop, scratch key, then the sets to read: one is read in place
     * (a page of it costs a page), several are intersected first (every set holds the same
     * scores, so the intersection keeps the order). Answers nothing when the company's index is
     * not built, else {total, id...}.
     */
    private static final RedisScript<List> PAGE = new DefaultRedisScript<>("""
            local prefix = ARGV[1]
            if redis.call('EXISTS', prefix .. 'built') == 0 then return {} end
            local source = prefix .. ARGV[5]
            if #ARGV > 5 then
              source = ARGV[4]
              local command = {'ZINTERSTORE', source, #ARGV - 4}
              for i = 5, #ARGV do command[#command + 1] = prefix .. ARGV[i] end
              command[#command + 1] = 'WEIGHTS'
              for i = 5, #ARGV do command[#command + 1] = (i == 5) and 1 or 0 end
              redis.call(unpack(command))
            end
            local ids = redis.call('ZRANGE', source, ARGV[2], ARGV[3])
            local total = redis.call('ZCARD', source)
            if source == ARGV[4] then redis.call('DEL', source) end
            table.insert(ids, 1, tostring(total))
            return ids""", List.class);

    private final StringRedisTemplate redis;
    private final MongoCollection<Document> conversations;

    InboxIndex(StringRedisTemplate redis, MongoTemplate mongo) {
        this.redis = redis;
        this.conversations = mongo.getCollection(Collections.CONVERSATIONS)
                .withTimeout(Collections.REBUILD_READS.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A page of conversation ids in inbox order, and how many match. */
    record Page(List<UUID> ids, long total) {
    }

    /** What a page is filtered by; null for any. */
    record Filter(ConversationStatus status, String stage, Boolean unread) {
    }

    /** Files a conversation as its document now stands (needs {@link #FILED_FIELDS}). */
    void file(UUID companyId, Document conversation) {
        List<String> args = new ArrayList<>(List.of(prefix(companyId)));
        addEntry(args, conversation);
        redis.execute(FILE, List.of(), args.toArray());
    }

    /** Marks the index of a company that has no conversations yet as complete, so its first read builds nothing. */
    void markComplete(UUID companyId) {
        redis.opsForValue().setIfAbsent(prefix(companyId) + "built", "1");
    }

    /** The page, or nothing when the company's index is not built and another reader is building it. */
    Optional<Page> page(UUID companyId, Filter filter, long offset, int size) {
        Optional<Page> page = read(companyId, filter, offset, size);
        if (page.isPresent() || !rebuild(companyId)) {
            return page;
        }
        return read(companyId, filter, offset, size);
    }

    private Optional<Page> read(UUID companyId, Filter filter, long offset, int size) {
        List<String> args = new ArrayList<>(List.of(prefix(companyId), String.valueOf(offset),
                String.valueOf(offset + size - 1), prefix(companyId) + "scratch:" + UUID.randomUUID()));
        if (filter.status() != null) {
            args.add("status:" + filter.status().name());
        }
        if (filter.stage() != null) {
            args.add("stage:" + filter.stage());
        }
        if (filter.unread() != null) {
            args.add("unread:" + (filter.unread() ? "1" : "0"));
        }
        if (args.size() == 4) {
            args.add("all");
        }
        List<?> found = redis.execute(PAGE, List.of(), args.toArray());
        if (found == null || found.isEmpty() || found.get(0) == null) {
            return Optional.empty();
        }
        List<UUID> ids = found.subList(1, found.size()).stream().map(id -> UUID.fromString(id.toString())).toList();
        return Optional.of(new Page(ids, Long.parseLong(found.get(0).toString())));
    }

    /** Files every conversation of the company not filed yet; false when another reader is at it. */
    private boolean rebuild(UUID companyId) {
        String prefix = prefix(companyId);
        String token = UUID.randomUUID().toString();
        if (!Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(prefix + "rebuilding", token, REBUILD_LOCK))) {
            return false;
        }
        try {
            List<String> args = new ArrayList<>(List.of(prefix));
            for (Document conversation : conversations.find(eq("companyId", companyId.toString()))
                    .projection(FILED_FIELDS)) {
                addEntry(args, conversation);
                if (args.size() >= 1 + REBUILD_BATCH * 6) {
                    redis.execute(FILE, List.of(), args.toArray());
                    args = new ArrayList<>(List.of(prefix));
                }
            }
            if (args.size() > 1) {
                redis.execute(FILE, List.of(), args.toArray());
            }
            redis.opsForValue().set(prefix + "built", "1");
            return true;
        } finally {
            if (token.equals(redis.opsForValue().get(prefix + "rebuilding"))) {
                redis.delete(prefix + "rebuilding");
            }
        }
    }

    /** Newest first, and among equals by id: scored by the negated time of the last message. */
    private static void addEntry(List<String> args, Document conversation) {
        Date last = conversation.getDate("lastMessageAt");
        Object unread = conversation.get("unreadCount");
        Object version = conversation.get(VERSION);
        args.add(conversation.getString("_id"));
        args.add(String.valueOf(version instanceof Number number ? number.longValue() : 0L));
        args.add(String.valueOf(last == null ? 0 : -last.getTime()));
        args.add(conversation.get("status", ConversationStatus.AI_ACTIVE.name()));
        args.add(unread instanceof Number number && number.longValue() > 0 ? "1" : "0");
        args.add(conversation.get("stage", ""));
    }

    private static String prefix(UUID companyId) {
        return "inbox:" + companyId + ":";
    }
}
