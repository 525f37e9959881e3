package com.lyrox.billing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.billing.AiQuota;
import com.lyrox.billing.BalanceLow;
import com.lyrox.platform.TenantContext;
import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Past the plan's allowance the prepaid balance pays for each AI interaction (0.02 by default)
 * instead of the AI stopping; it never goes below zero, however many turns charge at once, and
 * the owner hears once when it falls below the threshold (5.00).
 */
@LyroxTest
@RecordApplicationEvents
class PrepaidBalanceTests {

    @Autowired
    Api api;

    @Autowired
    AiQuota quota;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    private void allowanceUsedUp(Account owner) {
        redis.opsForValue().set("ai:usage:" + owner.companyId() + ":" + YearMonth.now(ZoneOffset.UTC), "1000");
    }

    private Api.Reply deposit(Account owner, String amount, String reference) {
        return api.post("/api/v1/admin/companies/" + owner.companyId() + "/deposits", api.platformAdmin().accessToken(),
                Map.of("amount", amount, "reference", reference));
    }

    @Test
    void pastTheAllowanceTheBalancePaysEachInteractionUntilItIsSpentAndTheOwnerHearsOnceWhenItIsLow() {
        Account owner = api.signUp();
        allowanceUsedUp(owner);
        assertThat(quota.consume(owner.companyId()).allowed()).isFalse();

        var made = deposit(owner, "0.10", "receipt-1");
        assertThat(made.status()).isEqualTo(200);
        assertThat(made.text("$.balance")).isEqualTo("0.10");
        assertThat((Boolean) api.get("/api/v1/billing/usage", owner.accessToken()).read("$.aiActive")).isTrue();

        for (int i = 0; i < 5; i++) {
            AiQuota.Usage usage = quota.consume(owner.companyId());
            assertThat(usage.allowed()).isTrue();
            assertThat(usage.overage()).isEqualTo(i + 1);
        }
        assertThat(quota.consume(owner.companyId()).allowed()).isFalse();

        assertThat(events.stream(BalanceLow.class)).singleElement().satisfies(low -> {
            assertThat(low.companyId()).isEqualTo(owner.companyId());
            assertThat(low.balance()).isEqualByComparingTo("0.08");
        });
        var usage = api.get("/api/v1/billing/usage", owner.accessToken());
        assertThat((Integer) usage.read("$.overage")).isEqualTo(5);
        assertThat((Boolean) usage.read("$.aiActive")).isFalse();
        var balance = api.get("/api/v1/billing/balance", owner.accessToken());
        assertThat(balance.text("$.balance")).isEqualTo("0.00");
        assertThat((Boolean) balance.read("$.low")).isTrue();
        assertThat(api.get("/api/v1/billing/deposits", owner.accessToken()).text("$.items[0].reference")).isEqualTo("receipt-1");
    }

    @Test
    void turnsRacingPastTheAllowanceSpendTheBalanceExactlyAndNeverBelowZero() throws Exception {
        Account owner = api.signUp();
        allowanceUsedUp(owner);
        deposit(owner, "1.00", "receipt-race");

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<Boolean>> turns = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            turns.add(() -> quota.consume(owner.companyId()).allowed());
        }
        long answered = 0;
        for (Future<Boolean> turn : pool.invokeAll(turns)) {
            answered += turn.get() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(answered).isEqualTo(50);
        assertThat(api.get("/api/v1/billing/balance", owner.accessToken()).text("$.balance")).isEqualTo("0.00");
        TenantContext.runAs(owner.companyId(), null, () -> assertThat(jdbc.queryForObject(
                "SELECT ai_overage FROM billing_usage WHERE company_id = ?", Long.class, owner.companyId())).isEqualTo(50));
        assertThat(events.stream(BalanceLow.class).filter(low -> low.companyId().equals(owner.companyId()))).hasSize(1);
    }

    @Test
    void aDepositCountsOncePerReferenceAndARiseAboveTheThresholdArmsTheNoticeAgain() {
        Account owner = api.signUp();
        allowanceUsedUp(owner);
        var first = deposit(owner, "5.01", "bank-1");
        var again = deposit(owner, "5.01", "bank-1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("$.id")).isEqualTo(first.text("$.id"));
        assertThat(again.text("$.balance")).isEqualTo("5.01");
        var other = deposit(owner, "7.00", "bank-1");
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.text("$.errors[0].field")).isEqualTo("reference");

        quota.consume(owner.companyId());
        quota.consume(owner.companyId());
        assertThat(events.stream(BalanceLow.class)).hasSize(1);
        deposit(owner, "10.00", "bank-2");
        quota.consume(owner.companyId());
        assertThat(events.stream(BalanceLow.class)).hasSize(1);
        assertThat(api.get("/api/v1/billing/balance", owner.accessToken()).text("$.balance")).isEqualTo("14.95");
        assertThat(api.get("/api/v1/billing/deposits", owner.accessToken()).<Integer>read("$.total")).isEqualTo(2);
    }

    @Test
    void onlyAPlatformAdministratorPutsMoneyOnABalanceAndBadDepositsChangeNothing() {
        Account owner = api.signUp();
        var byOwner = api.post("/api/v1/admin/companies/" + owner.companyId() + "/deposits", owner.accessToken(),
                Map.of("amount", "50.00", "reference", "mine"));
        assertThat(byOwner.status()).isEqualTo(403);
        var zero = deposit(owner, "0", "zero");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.text("$.errors[0].field")).isEqualTo("amount");
        var unknown = api.post("/api/v1/admin/companies/" + java.util.UUID.randomUUID() + "/deposits",
                api.platformAdmin().accessToken(), Map.of("amount", "5.00", "reference", "x"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(api.get("/api/v1/billing/balance", owner.accessToken()).text("$.balance")).isEqualTo("0.00");
        assertThat(api.get("/api/v1/billing/deposits", owner.accessToken()).<Integer>read("$.total")).isZero();
    }
}
