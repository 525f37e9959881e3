package com.lyrox.analytics.internal;

import com.lyrox.conversations.Author;
import com.lyrox.conversations.ConversationClosed;
import com.lyrox.conversations.ConversationHandedOff;
import com.lyrox.conversations.CustomerAnswered;
import com.lyrox.conversations.HandoffReason;
import com.lyrox.platform.TenantContext;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * How long customers wait and why conversations reach a person, from the conversations' events:
 * each reply that ended a wait, each close and each handoff is noted in memory on the message path
 * and written every {@code lyrox.analytics.timing-delay} (and at shutdown) in one batch per company,
 * so it costs the message path no store call. A crash loses at most that delay's; a batch written
 * again after a failure adds nothing twice (the tables' keys).
 */
@Component
class ConversationTimings {

    static final int LONGEST_DETAIL = 500;
    private static final Logger log = LoggerFactory.getLogger(ConversationTimings.class);

    /** A wait or a conversation's time open. */
    private record Timing(UUID companyId, UUID conversationId, String kind, Instant at, boolean first, String answeredBy,
                          double seconds) {
    }

    /** A handoff. */
    private record Handoff(UUID companyId, UUID conversationId, Instant at, HandoffReason reason, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final ConcurrentLinkedQueue<Timing> timings = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Handoff> handoffs = new ConcurrentLinkedQueue<>();

    ConversationTimings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CustomerAnswered answered) {
        timings.add(new Timing(answered.companyId(), answered.conversationId(), "RESPONSE", answered.answeredAt(),
                answered.first(), answered.answeredBy() == Author.AI ? "AI" : "HUMAN", seconds(answered.waited())));
    }

    @EventListener
    void on(ConversationClosed closed) {
        timings.add(new Timing(closed.companyId(), closed.conversationId(), "RESOLUTION", closed.closedAt(), false, null,
                seconds(closed.resolution())));
    }

    @EventListener
    void on(ConversationHandedOff handedOff) {
        String detail = handedOff.detail() == null || handedOff.detail().length() <= LONGEST_DETAIL ? handedOff.detail()
                : handedOff.detail().substring(0, LONGEST_DETAIL);
        handoffs.add(new Handoff(handedOff.companyId(), handedOff.conversationId(), handedOff.at(), handedOff.reason(), detail));
    }

    private static double seconds(Duration duration) {
        return Math.max(0, duration.toMillis() / 1000.0);
    }

    /** Writes what was noted since the last run, each company's in its own tenant; a failed company's is noted again. */
    @Scheduled(fixedDelayString = "${lyrox.analytics.timing-delay:2s}", initialDelayString = "${lyrox.analytics.timing-delay:2s}")
    @PreDestroy
    void write() {
        drain(timings).stream().collect(Collectors.groupingBy(Timing::companyId)).forEach((companyId, noted) ->
                writeAs(companyId, noted, timings, () -> jdbc.batchUpdate("""
                        INSERT INTO conversation_timings (company_id, conversation_id, kind, at, first, answered_by, seconds)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", noted, noted.size(), (statement, timing) -> {
                    statement.setObject(1, companyId);
                    statement.setObject(2, timing.conversationId());
                    statement.setString(3, timing.kind());
                    statement.setTimestamp(4, Timestamp.from(timing.at()));
                    statement.setBoolean(5, timing.first());
                    statement.setString(6, timing.answeredBy());
                    statement.setDouble(7, timing.seconds());
                })));
        drain(handoffs).stream().collect(Collectors.groupingBy(Handoff::companyId)).forEach((companyId, noted) ->
                writeAs(companyId, noted, handoffs, () -> jdbc.batchUpdate("""
                        INSERT INTO conversation_handoffs (company_id, conversation_id, at, reason, detail)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", noted, noted.size(), (statement, handoff) -> {
                    statement.setObject(1, companyId);
                    statement.setObject(2, handoff.conversationId());
                    statement.setTimestamp(3, Timestamp.from(handoff.at()));
                    statement.setString(4, handoff.reason().name());
                    statement.setString(5, handoff.detail());
                })));
    }

    private static <T> List<T> drain(ConcurrentLinkedQueue<T> queue) {
        List<T> taken = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            taken.add(item);
        }
        return taken;
    }

    private static <T> void writeAs(UUID companyId, List<T> noted, ConcurrentLinkedQueue<T> queue, Runnable write) {
        try {
            TenantContext.runAs(companyId, null, write);
        } catch (DataIntegrityViolationException e) {
            // A company deleted meanwhile: its figures have nowhere to go.
            log.warn("{} conversation figures of company {} dropped: {}", noted.size(), companyId, e.getMostSpecificCause().toString());
        } catch (RuntimeException e) {
            queue.addAll(noted);
            log.warn("{} conversation figures of company {} not written yet, retried: {}", noted.size(), companyId, e.toString());
        }
    }

    /** Count and percentiles of the waits of [from, to) by the first-reply flag and who answered; NULL in a key is "any". */
    record WaitRow(Boolean first, String answeredBy, long count, Double p50, Double p90) {
    }

    List<WaitRow> waitsBetween(Instant from, Instant to) {
        return jdbc.query("""
                SELECT CASE WHEN grouping(first) = 1 THEN NULL ELSE first END AS first,
                       CASE WHEN grouping(answered_by) = 1 THEN NULL ELSE answered_by END AS answered_by, count(*) AS n,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS p50,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
                  FROM conversation_timings
                 WHERE company_id = ? AND kind = 'RESPONSE' AND at >= ? AND at < ?
                 GROUP BY GROUPING SETS ((), (answered_by), (first), (first, answered_by))""",
                (row, index) -> new WaitRow((Boolean) row.getObject("first"), row.getString("answered_by"), row.getLong("n"),
                        (Double) row.getObject("p50"), (Double) row.getObject("p90")),
                TenantContext.requireCompanyId(), Timestamp.from(from), Timestamp.from(to));
    }

    /** Count and percentiles of the conversations closed in [from, to). */
    WaitRow resolutionsBetween(Instant from, Instant to) {
        return jdbc.queryForObject("""
                SELECT count(*) AS n, percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS p50,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
                  FROM conversation_timings
                 WHERE company_id = ? AND kind = 'RESOLUTION' AND at >= ? AND at < ?""",
                (row, index) -> new WaitRow(null, null, row.getLong("n"), (Double) row.getObject("p50"), (Double) row.getObject("p90")),
                TenantContext.requireCompanyId(), Timestamp.from(from), Timestamp.from(to));
    }

    /** A day's waits in {@code zone}. */
    record DayRow(LocalDate day, long count, Double p50, Double p90) {
    }

    List<DayRow> waitsPerDay(Instant from, Instant to, ZoneId zone) {
        return jdbc.query("""
                SELECT (at AT TIME ZONE ?)::date AS day, count(*) AS n,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) AS p50,
                       percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) AS p90
                  FROM conversation_timings
                 WHERE company_id = ? AND kind = 'RESPONSE' AND at >= ? AND at < ?
                 GROUP BY 1 ORDER BY 1""",
                (row, index) -> new DayRow(row.getObject("day", LocalDate.class), row.getLong("n"),
                        (Double) row.getObject("p50"), (Double) row.getObject("p90")),
                zone.getId(), TenantContext.requireCompanyId(), Timestamp.from(from), Timestamp.from(to));
    }

    /** Handoffs of one reason in a period, with the latest one's words. */
    record ReasonRow(HandoffReason reason, long count, String latest) {
    }

    List<ReasonRow> handoffsBetween(Instant from, Instant to) {
        return jdbc.query("""
                SELECT reason, count(*) AS n, (array_agg(detail ORDER BY at DESC))[1] AS latest
                  FROM conversation_handoffs
                 WHERE company_id = ? AND at >= ? AND at < ?
                 GROUP BY reason ORDER BY count(*) DESC, reason""",
                (row, index) -> new ReasonRow(reasonOf(row.getString("reason")), row.getLong("n"), row.getString("latest")),
                TenantContext.requireCompanyId(), Timestamp.from(from), Timestamp.from(to));
    }

    private static HandoffReason reasonOf(String name) {
        try {
            return HandoffReason.valueOf(name);
        } catch (IllegalArgumentException e) {
            return HandoffReason.OTHER;
        }
    }
}
