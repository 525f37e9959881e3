package com.lyrox.billing.internal;

import com.lyrox.conversations.Direction;
import com.lyrox.conversations.MessageRecorded;
import com.lyrox.platform.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A company's use in a UTC month besides the AI allowance: outbound messages counted in Redis
 * ({@code usage:{company}:{yyyy-MM}}, field {@code outbound}), and the interactions paid from the
 * balance as {@code billing_usage} holds them. The message path only adds to a count in memory;
 * the counts go to Redis every {@link #FLUSH_EVERY_MS} ms and at shutdown, so counting costs the
 * path no store call (a crash loses at most those seconds of counts: usage is counted, not enforced).
 */
@Component
class MonthlyUsage {

    static final long FLUSH_EVERY_MS = 2_000;
    private static final String OUTBOUND = "outbound";
    private static final Logger log = LoggerFactory.getLogger(MonthlyUsage.class);
    private static final Duration KEEP = Duration.ofDays(62);

    /** A month's overage as charged. */
    record Overage(long interactions, BigDecimal charged) {
    }

    private final StringRedisTemplate redis;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ConcurrentHashMap<String, LongAdder> unsent = new ConcurrentHashMap<>();

    MonthlyUsage(StringRedisTemplate redis, JdbcTemplate jdbc, Clock clock) {
        this.redis = redis;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every message sent to a customer (by the AI, a person, a reminder) counts in the month it was sent. */
    @EventListener
    void on(MessageRecorded recorded) {
        if (recorded.message().direction() == Direction.OUTBOUND) {
            unsent.computeIfAbsent(key(recorded.companyId(), YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString()),
                    key -> new LongAdder()).increment();
        }
    }

    /** Adds the counts kept in memory to Redis; a count Redis refused stays for the next run. */
    @Scheduled(fixedDelay = FLUSH_EVERY_MS)
    @PreDestroy
    void flush() {
        String lastMonth = YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1).toString();
        unsent.forEach((key, adder) -> {
            long count = adder.sumThenReset();
            if (count == 0) {
                // Dropped only once no message can count in its month any more, so no increment is lost.
                if (key.substring(key.length() - 7).compareTo(lastMonth) < 0) {
                    unsent.remove(key, adder);
                }
                return;
            }
            try {
                // Plain HINCRBY and EXPIREAT, a timer's commands told apart from the message path's scripts.
                redis.opsForHash().increment(key, OUTBOUND, count);
                redis.expireAt(key, YearMonth.parse(key.substring(key.length() - 7)).plusMonths(1).atDay(1)
                        .atStartOfDay(ZoneOffset.UTC).plus(KEEP).toInstant());
            } catch (RuntimeException e) {
                adder.add(count);
                log.warn("{} outbound messages not counted yet, retried: {}", count, e.toString());
            }
        });
    }

    /** This instance's count not flushed yet included. */
    long outbound(UUID companyId, String month) {
        String key = key(companyId, month);
        Object count = redis.opsForHash().get(key, OUTBOUND);
        LongAdder pending = unsent.get(key);
        return (count == null ? 0 : Long.parseLong(count.toString())) + (pending == null ? 0 : pending.sum());
    }

    long overage(UUID companyId, String month) {
        return overageCharged(companyId, month).interactions();
    }

    Overage overageCharged(UUID companyId, String month) {
        return TenantContext.callAs(companyId, null, () -> jdbc.query(
                "SELECT ai_overage, overage_charged FROM billing_usage WHERE company_id = ? AND month = ?",
                (row, index) -> new Overage(row.getLong(1), row.getBigDecimal(2)), companyId, month))
                .stream().findFirst().orElse(new Overage(0, BigDecimal.ZERO));
    }

    private static String key(UUID companyId, String month) {
        return "usage:" + companyId + ":" + month;
    }
}
