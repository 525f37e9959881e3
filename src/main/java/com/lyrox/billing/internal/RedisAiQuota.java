package com.lyrox.billing.internal;

import com.lyrox.billing.AiQuota;
import com.lyrox.billing.BillingSettings;
import com.lyrox.billing.QuotaThresholdReached;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.Plan;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.DefaultRedisScript;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Service;

/**
 * Counts AI interactions per company and month in Redis ({@code ai:usage:{company}:{yyyy-MM}}),
 * with one script that refuses past the limit, so parallel turns cannot overshoot it. Past the
 * limit an interaction is answered when the prepaid balance pays for it ({@link BalanceLedger}).
 */
@Service
class RedisAiQuota implements AiQuota {

    private static final Duration KEEP = Duration.ofDays(62);
    private static final RedisScript<Long> CONSUME = new DefaultRedisScript<>("""
            local used = tonumber(redis.call('GET', KEYS[1]) or '0')
            local limit = tonumber(ARGV[1])
            if limit >= 0 and used >= limit then return -1 end
            used = redis.call('INCR', KEYS[1])
            if used == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end
            return used""", Long.class);

    private final StringRedisTemplate redis;
    private final Companies companies;
    private final BillingSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final BalanceLedger balance;
    private final MonthlyUsage monthly;

    RedisAiQuota(StringRedisTemplate redis, Companies companies, BillingSettings settings,
                 ApplicationEventPublisher events, Clock clock, BalanceLedger balance, MonthlyUsage monthly) {
        this.balance = balance;
        this.monthly = monthly;
        this.redis = redis;
        this.companies = companies;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Usage consume(UUID companyId) {
        Optional<CompanyProfile> company = companies.find(companyId);
        Plan plan = plan(company);
        long limit = limit(plan);
        String month = month();
        if (company.map(CompanyProfile::suspended).orElse(false)) {
            // A suspended company's customers are answered by no AI: a person, when it is reactivated.
            return new Usage(month, plan.name(), 0, limit, 0, false);
        }
        Long result = redis.execute(CONSUME, List.of(key(companyId, month)), String.valueOf(limit),
                String.valueOf(KEEP.toSeconds()));
        if (result == null || result < 0) {
            boolean paid = balance.chargeOverage(companyId, month).isPresent();
            return new Usage(month, plan.name(), limit, limit, monthly.overage(companyId, month), paid);
        }
        if (limit > 0 && (result == limit * 8 / 10 || result == limit)) {
            events.publishEvent(new QuotaThresholdReached(companyId, (int) (result * 100 / limit), result, limit));
        }
        return new Usage(month, plan.name(), result, limit, 0, true);
    }

    @Override
    public Usage usage(UUID companyId) {
        Plan plan = plan(companies.find(companyId));
        long limit = limit(plan);
        String month = month();
        long count = used(companyId, month);
        long overage = monthly.overage(companyId, month);
        return new Usage(month, plan.name(), count, limit, overage, limit < 0 || count < limit || balance.covers(companyId));
    }

    /** The AI interactions counted in a month within the allowance (kept {@link #KEEP}). */
    long used(UUID companyId, String month) {
        String used = redis.opsForValue().get(key(companyId, month));
        return used == null ? 0 : Long.parseLong(used);
    }

    private Plan plan(Optional<CompanyProfile> company) {
        return company.map(profile -> profile.planAt(clock.instant())).orElse(Plan.FREE);
    }

    private long limit(Plan plan) {
        return settings.aiInteractions(plan);
    }

    private String month() {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC)).toString();
    }

    private static String key(UUID companyId, String month) {
        return "ai:usage:" + companyId + ":" + month;
    }
}
