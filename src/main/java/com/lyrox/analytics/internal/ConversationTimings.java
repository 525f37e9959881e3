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
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
    private record Timing(UUID companyId, UUID conversationId, UUID customerId, String kind, Instant at, boolean first,
                          String answeredBy, double seconds) {
    }

    /** A handoff. */
    private record Handoff(UUID companyId, UUID conversationId, Instant at, HandoffReason reason, String detail) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ConcurrentLinkedQueue<Timing> timings = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Handoff> handoffs = new ConcurrentLinkedQueue<>();

    ConversationTimings(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @EventListener
    void on(CustomerAnswered answered) {
        timings.add(new Timing(answered.companyId(), answered.conversationId(), answered.customerId(), "RESPONSE",
                answered.answeredAt(),
                answered.first(), answered.answeredBy() == Author.AI ? "AI" : "HUMAN", seconds(answered.waited())));
    }

    @EventListener
    void on(ConversationClosed closed) {
        timings.add(new Timing(closed.companyId(), closed.conversationId(), null, "RESOLUTION", closed.closedAt(), false, null,
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
        // In time order: the store counts a company's day under a lock, taken day after day.
        drain(timings).stream().sorted(Comparator.comparing(Timing::at))
                .collect(Collectors.groupingBy(Timing::companyId)).forEach((companyId, noted) ->
                writeAs(companyId, noted, timings, () -> jdbc.batchUpdate("""
                        INSERT INTO conversation_timings (company_id, conversation_id, customer_id, kind, at, first, answered_by,
                                                          seconds)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", noted, noted.size(), (statement, timing) -> {
                    statement.setObject(1, companyId);
                    statement.setObject(2, timing.conversationId());
                    statement.setObject(3, timing.customerId());
                    statement.setString(4, timing.kind());
                    statement.setTimestamp(5, Timestamp.from(timing.at()));
                    statement.setBoolean(6, timing.first());
                    statement.setString(7, timing.answeredBy());
                    statement.setDouble(8, timing.seconds());
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

    /** How many waits (or times open) of a kind, first or not, ended by whom, fell in a bucket over a period. */
    record Counted(String kind, boolean first, String answeredBy, int bucket, long count) {
    }

    /**
     * The counts of [from, to] (days in the company's time zone), added up: the months of the period
     * that are over from their kept sums (made and kept the first time), the other days from
     * {@code conversation_timing_days}; {@code today} is the company's.
     */
    List<Counted> countedBetween(LocalDate from, LocalDate to, LocalDate today) {
        UUID companyId = TenantContext.requireCompanyId();
        LocalDate firstMonth = from.withDayOfMonth(1).equals(from) ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate endOfMonths = to.plusDays(1).withDayOfMonth(1);
        LocalDate thisMonth = today.withDayOfMonth(1);
        if (endOfMonths.isAfter(thisMonth)) {
            endOfMonths = thisMonth;
        }
        List<LocalDate> months = firstMonth.isBefore(endOfMonths)
                ? firstMonth.datesUntil(endOfMonths, Period.ofMonths(1)).toList() : List.of();
        if (months.isEmpty()) {
            return counted("""
                    SELECT kind, first, answered_by, bucket, sum(count) AS n FROM conversation_timing_days
                     WHERE company_id = ? AND day >= ? AND day <= ?
                     GROUP BY kind, first, answered_by, bucket""", companyId, from, to);
        }
        String[] dates = months.stream().map(LocalDate::toString).toArray(String[]::new);
        Integer kept = jdbc.queryForObject("SELECT count(*) FROM conversation_timing_months_kept WHERE company_id = ? AND month = ANY (?::date[])",
                Integer.class, companyId, dates);
        if (kept == null || kept < months.size()) {
            keepMonths(companyId, dates);
        }
        return counted("""
                SELECT kind, first, answered_by, bucket, sum(n) AS n FROM (
                    SELECT kind, first, answered_by, bucket, count AS n FROM conversation_timing_months
                     WHERE company_id = ? AND month = ANY (?::date[])
                    UNION ALL
                    SELECT kind, first, answered_by, bucket, count FROM conversation_timing_days
                     WHERE company_id = ? AND ((day >= ? AND day < ?) OR (day >= ? AND day <= ?))) AS counts
                 GROUP BY kind, first, answered_by, bucket""", companyId, dates, companyId, from, months.get(0),
                months.get(months.size() - 1).plusMonths(1), to);
    }

    private List<Counted> counted(String sql, Object... arguments) {
        return jdbc.query(sql, (row, index) -> new Counted(row.getString("kind"), row.getBoolean("first"),
                row.getString("answered_by"), row.getInt("bucket"), row.getLong("n")), arguments);
    }

    /** Adds up and keeps the counts of months that are over, each under the lock a late wait of that month takes. */
    private void keepMonths(UUID companyId, String[] months) {
        transactions.executeWithoutResult(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?::text || m::text, 27)) FROM unnest(?::date[]) AS m ORDER BY m",
                    (row, index) -> null, companyId.toString(), months);
            jdbc.update("""
                    INSERT INTO conversation_timing_months (company_id, month, kind, first, answered_by, bucket, count)
                    SELECT company_id, date_trunc('month', day)::date, kind, first, answered_by, bucket, sum(count)
                      FROM conversation_timing_days
                     WHERE company_id = ? AND date_trunc('month', day)::date = ANY (?::date[])
                       AND NOT EXISTS (SELECT 1 FROM conversation_timing_months_kept k
                                        WHERE k.company_id = conversation_timing_days.company_id
                                          AND k.month = date_trunc('month', conversation_timing_days.day)::date)
                     GROUP BY 1, 2, 3, 4, 5, 6""", companyId, months);
            jdbc.update("""
                    INSERT INTO conversation_timing_months_kept (company_id, month)
                    SELECT ?, m FROM unnest(?::date[]) AS m ON CONFLICT DO NOTHING""", companyId, months);
        });
    }

    /** A day's waits for a reply: how many, and the buckets of their median and of nine in ten. */
    record Day(LocalDate day, long count, int p50Bucket, int p90Bucket) {
    }

    /** A day's figures from its counts, for the days of {@code ?::date[]} (the company's first). */
    private static final String FIGURES_OF_DAYS = """
            SELECT day, total, min(bucket) FILTER (WHERE running >= ceil(0.5 * total)) AS p50,
                   min(bucket) FILTER (WHERE running >= ceil(0.9 * total)) AS p90
              FROM (SELECT day, bucket, sum(n) OVER (PARTITION BY day ORDER BY bucket) AS running,
                           sum(n) OVER (PARTITION BY day) AS total
                      FROM (SELECT day, bucket, sum(count) AS n
                              FROM conversation_timing_days
                             WHERE company_id = ? AND day = ANY (?::date[]) AND kind = 'RESPONSE'
                             GROUP BY day, bucket) AS counted) AS running
             GROUP BY day, total""";

    /**
     * Each day of [from, to] with waits. A day that is over ({@code today} is the company's) is read
     * from its kept figures, made and kept the first time it is asked for; the days not over yet are
     * made from their counts.
     */
    List<Day> daysBetween(LocalDate from, LocalDate to, LocalDate today) {
        UUID companyId = TenantContext.requireCompanyId();
        Map<LocalDate, Day> days = new TreeMap<>();
        LocalDate lastOver = to.isBefore(today) ? to : today.minusDays(1);
        if (!from.isAfter(lastOver)) {
            keptFigures(companyId, from, lastOver).forEach(day -> days.put(day.day(), day));
            List<LocalDate> missing = from.datesUntil(lastOver.plusDays(1)).filter(day -> !days.containsKey(day)).toList();
            if (!missing.isEmpty()) {
                keep(companyId, missing);
                keptFigures(companyId, from, lastOver).forEach(day -> days.put(day.day(), day));
            }
        }
        LocalDate firstOpen = from.isAfter(today) ? from : today;
        if (!firstOpen.isAfter(to)) {
            figuresOf(companyId, firstOpen.datesUntil(to.plusDays(1)).toList()).forEach(day -> days.put(day.day(), day));
        }
        return days.values().stream().filter(day -> day.count() > 0).toList();
    }

    private List<Day> keptFigures(UUID companyId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                SELECT day, replies, p50_bucket, p90_bucket FROM conversation_timing_day_figures
                 WHERE company_id = ? AND day >= ? AND day <= ?""",
                (row, index) -> new Day(row.getObject("day", LocalDate.class), row.getLong("replies"), row.getInt("p50_bucket"),
                        row.getInt("p90_bucket")), companyId, from, to);
    }

    private List<Day> figuresOf(UUID companyId, List<LocalDate> days) {
        return jdbc.query(FIGURES_OF_DAYS, (row, index) -> new Day(row.getObject("day", LocalDate.class), row.getLong("total"),
                row.getInt("p50"), row.getInt("p90")), companyId, days.stream().map(LocalDate::toString).toArray(String[]::new));
    }

    /**
     * Makes and keeps the figures of days that are over (a row with no reply for a day without waits),
     * each day's under the lock a late wait of that day takes, so none is left out.
     */
    private void keep(UUID companyId, List<LocalDate> days) {
        String[] dates = days.stream().sorted().map(LocalDate::toString).toArray(String[]::new);
        transactions.executeWithoutResult(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(hashtextextended(?::text || d::text, 26)) FROM unnest(?::date[]) AS d ORDER BY d",
                    (row, index) -> null, companyId.toString(), dates);
            jdbc.update("""
                    INSERT INTO conversation_timing_day_figures (company_id, day, replies, p50_bucket, p90_bucket)
                    SELECT ?, d.day, coalesce(f.total, 0), f.p50, f.p90
                      FROM unnest(?::date[]) AS d(day)
                      LEFT JOIN (%s) AS f ON f.day = d.day
                    ON CONFLICT DO NOTHING""".formatted(FIGURES_OF_DAYS), companyId, dates, companyId, dates);
        });
    }

    /**
     * The median minutes each customer waited for a reply, counting only the waits that ended before
     * the customer's moment when one is given (null: all of them); a customer never answered is absent.
     */
    Map<UUID, Double> medianWaitMinutes(Map<UUID, Instant> until) {
        if (until.isEmpty()) {
            return Map.of();
        }
        List<UUID> customers = new ArrayList<>(until.keySet());
        Timestamp[] moments = customers.stream().map(id -> until.get(id) == null ? null : Timestamp.from(until.get(id)))
                .toArray(Timestamp[]::new);
        Map<UUID, Double> medians = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT t.customer_id, percentile_cont(0.5) WITHIN GROUP (ORDER BY t.seconds) / 60 AS minutes
                      FROM unnest(?::uuid[], ?::timestamptz[]) AS c(customer_id, until)
                      JOIN conversation_timings t ON t.company_id = ? AND t.customer_id = c.customer_id AND t.kind = 'RESPONSE'
                                                 AND (c.until IS NULL OR t.at < c.until)
                     GROUP BY t.customer_id""");
            statement.setArray(1, connection.createArrayOf("uuid", customers.toArray()));
            statement.setArray(2, connection.createArrayOf("timestamptz", moments));
            statement.setObject(3, TenantContext.requireCompanyId());
            return statement;
        }, row -> {
            medians.put(row.getObject("customer_id", UUID.class), row.getDouble("minutes"));
        });
        return medians;
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
