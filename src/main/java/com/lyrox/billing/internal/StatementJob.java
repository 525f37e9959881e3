package com.lyrox.billing.internal;

import com.lyrox.tenants.Companies;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes the last UTC month of every company that existed in it, every
 * {@code lyrox.billing.statement-interval}: its usage record and its statement. Several
 * instances may run it at once; the statement's key lets one of them write each.
 */
@Component
class StatementJob {

    private static final Logger log = LoggerFactory.getLogger(StatementJob.class);
    private static final int PAGE = 200;

    private final Companies companies;
    private final MonthlyStatements statements;
    private final Clock clock;

    StatementJob(Companies companies, MonthlyStatements statements, Clock clock) {
        this.companies = companies;
        this.statements = statements;
        this.clock = clock;
    }

    /** First five minutes after start, so that instances restarted more often than the interval still close months. */
    @Scheduled(fixedDelayString = "${lyrox.billing.statement-interval:1h}", initialDelay = 5, timeUnit = TimeUnit.MINUTES)
    void closeLastMonth() {
        closeMonth(YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(1));
    }

    /** Closes a month of every company registered before it ended; answers how many statements were made. */
    int closeMonth(YearMonth month) {
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        AtomicInteger made = new AtomicInteger();
        try {
            companies.forEach(PAGE, company -> {
                if (company.createdAt() == null || !company.createdAt().isBefore(end)) {
                    return;
                }
                try {
                    made.addAndGet(statements.close(company.id(), month) ? 1 : 0);
                } catch (RuntimeException e) {
                    // One company's failure (nothing half-written: one transaction) leaves the others' statements made.
                    log.warn("Closing {} of company {} failed, retried in the next run: {}", month, company.id(), e.toString());
                }
            });
        } catch (RuntimeException e) {
            log.warn("Listing companies to close {} failed, retried in the next run: {}", month, e.toString());
        }
        return made.get();
    }
}
