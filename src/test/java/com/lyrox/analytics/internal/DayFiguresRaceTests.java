package com.lyrox.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.LyroxTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts of a day's waits while writers race: every wait of the day is counted, whoever wrote
 * it, the figures kept for a day that is over are the ones its counts give, and a wait written for
 * that day afterwards is in them when they are read again; the same for the sums kept of a month.
 */
@LyroxTest
class DayFiguresRaceTests {

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ConversationTimings timings;

    @Test
    void writersOfOneDayRacingEachCountTheOthersWaits() throws Exception {
        UUID company = api.signUp().companyId();
        Instant noon = LocalDate.now(ZoneOffset.UTC).minusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
        int writers = 6;
        int rounds = 5;
        int rows = 20;
        int each = rounds * rows;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int id = writer;
                // Each writer's rows in transactions of several, as a batch of the writer lands.
                running.add(pool.submit(() -> TenantContext.runAs(company, null, () -> {
                    for (int round = 0; round < rounds; round++) {
                        jdbc.update("""
                                INSERT INTO conversation_timings (company_id, conversation_id, customer_id, kind, at, first,
                                                                  answered_by, seconds)
                                SELECT ?, gen_random_uuid(), NULL, 'RESPONSE', ?::timestamptz + n * interval '1 millisecond', FALSE, 'AI',
                                       1 + (n + ?) % 20
                                  FROM generate_series(1, ?) AS n""", company,
                                Timestamp.from(noon.plusSeconds(id * 100L + round * 10L)), id, rows);
                    }
                })));
            }
            for (Future<?> writer : running) {
                writer.get();
            }
        } finally {
            pool.shutdownNow();
        }

        TenantContext.runAs(company, null, () -> {
            LocalDate day = LocalDate.ofInstant(noon, ZoneOffset.UTC);
            List<ConversationTimings.Day> days = timings.daysBetween(day, day, LocalDate.now(ZoneOffset.UTC));
            assertThat(days).singleElement().satisfies(figures -> {
                assertThat(figures.count()).isEqualTo(writers * each);
                WaitHistogram counted = new WaitHistogram();
                timings.countedBetween(day, day, LocalDate.now(ZoneOffset.UTC)).forEach(row -> counted.add(row.bucket(), row.count()));
                assertThat(WaitHistogram.middle(figures.p50Bucket())).isEqualTo(counted.percentile(0.5));
                assertThat(WaitHistogram.middle(figures.p90Bucket())).isEqualTo(counted.percentile(0.9));
            });
            // A late wait for the day: its kept figures are made again with it.
            jdbc.update("""
                    INSERT INTO conversation_timings (company_id, conversation_id, kind, at, first, answered_by, seconds)
                    VALUES (?, ?, 'RESPONSE', ?, FALSE, 'HUMAN', 3600)""", company, UUID.randomUUID(), Timestamp.from(noon));
            assertThat(timings.daysBetween(day, day, LocalDate.now(ZoneOffset.UTC))).singleElement()
                    .satisfies(figures -> assertThat(figures.count()).isEqualTo(writers * each + 1));
        });
    }

    @Test
    void aMonthThatIsOverIsAddedUpOnceAndAgainAfterALateWait() {
        UUID company = api.signUp().companyId();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate lastMonth = today.withDayOfMonth(1).minusMonths(1);
        TenantContext.runAs(company, null, () -> {
            for (int day = 0; day < 3; day++) {
                wait(company, lastMonth.plusDays(day * 9L), 5);
            }
            // The whole month and a day of this one: the month from its kept sums, the day from its counts.
            LocalDate to = today.withDayOfMonth(1);
            wait(company, to, 7);
            assertThat(total(timings.countedBetween(lastMonth, to, today))).isEqualTo(4);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM conversation_timing_months_kept WHERE company_id = ?",
                    Integer.class, company)).isEqualTo(1);
            assertThat(total(timings.countedBetween(lastMonth, to, today))).isEqualTo(4);

            wait(company, lastMonth.plusDays(20), 3_600);
            assertThat(total(timings.countedBetween(lastMonth, to, today))).isEqualTo(5);
        });
    }

    private void wait(UUID company, LocalDate day, double seconds) {
        jdbc.update("""
                INSERT INTO conversation_timings (company_id, conversation_id, kind, at, first, answered_by, seconds)
                VALUES (?, ?, 'RESPONSE', ?, FALSE, 'AI', ?)""", company, UUID.randomUUID(),
                Timestamp.from(day.atTime(12, 0).toInstant(ZoneOffset.UTC)), seconds);
    }

    private static long total(List<ConversationTimings.Counted> counts) {
        return counts.stream().mapToLong(ConversationTimings.Counted::count).sum();
    }
}
