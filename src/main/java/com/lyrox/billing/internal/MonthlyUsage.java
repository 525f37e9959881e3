package com.lyrox.billing.internal;

import com.lyrox.conversations.Direction;
import com.lyrox.conversations.MessageRecorded;
import com.lyrox.platform.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A company's use in a UTC month besides the AI allowance: outbound messages counted live in
 * Redis ({@code usage:{company}:{yyyy-MM}}, field {@code outbound}), and the interactions paid
 * from the balance as {@code billing_usage} holds them.
 */
@Component
class MonthlyUsage {

    private static final Logger log = LoggerFactory.getLogger(MonthlyUsage.class);
    private static final Duration KEEP = Duration.ofDays(62);
    private static final RedisScript<Long> COUNT = new DefaultRedisScript<>("""
            local count = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
            if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
            return count""", Long.class);

    /** A month's overage as charged. */
    record Overage(long interactions, BigDecimal charged) {
    }

    private final StringRedisTemplate redis;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    MonthlyUsage(StringRedisTemplate redis, JdbcTemplate jdbc, Clock clock) {
        this.redis = redis;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every message sent to a customer (by the AI, a person, a reminder) counts in the month it was sent. */
    @EventListener
    void on(MessageRecorded recorded) {
        if (recorded.message().direction() != Direction.OUTBOUND) {
            return;
        }
        try {
            redis.execute(COUNT, List.of(key(recorded.companyId(), YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString())),
                    "outbound", String.valueOf(KEEP.toSeconds()));
        } catch (RuntimeException e) {
            // Usage is counted, not enforced: a missed count must not fail the message path.
            log.warn("Outbound message of company {} not counted: {}", recorded.companyId(), e.toString());
        }
    }

    long outbound(UUID companyId, String month) {
        Object count = redis.opsForHash().get(key(companyId, month), "outbound");
        return count == null ? 0 : Long.parseLong(count.toString());
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
