package com.lyrox.billing.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.billing.BalanceLow;
import com.lyrox.billing.BillingSettings;
import com.lyrox.billing.PrepaidBalance;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.StripeAmounts;
import com.lyrox.platform.TenantContext;
import com.lyrox.platform.CompanyRows;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each company's prepaid balance in PostgreSQL. A charge is one conditional update (the balance
 * never goes below zero, however many turns charge at once) together with the month's overage
 * count; a deposit counts once per reference. Every statement runs in the company's own tenant.
 */
@Component
class BalanceLedger implements PrepaidBalance {

    /** The balance as the Billing page shows it. */
    @Schema(name = "PrepaidBalance")
    record View(@Schema(type = "string", example = "42.10") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal balance,
                @Schema(example = "USD") String currency,
                @Schema(type = "string", example = "5.00", description = "Below this the owner is told (lyrox.billing.low-balance)")
                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lowBalance,
                @Schema(type = "string", example = "0.02", description = "What one AI interaction past the allowance costs")
                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overagePrice,
                @Schema(description = "Whether the balance is below the threshold") boolean low) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final BillingSettings settings;
    private final ApplicationEventPublisher events;

    BalanceLedger(JdbcTemplate jdbc, TransactionTemplate tx, BillingSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.settings = settings;
        this.events = events;
    }

    /**
     * Pays one AI interaction past the allowance from the balance, when it holds enough, and counts
     * it in the month's usage. Empty when it does not (or overage is off: a price of 0).
     */
    Optional<BigDecimal> chargeOverage(UUID companyId, String month) {
        BigDecimal price = settings.overagePrice();
        if (price.signum() <= 0) {
            return Optional.empty();
        }
        Optional<BigDecimal> left = TenantContext.callAs(companyId, null, () -> tx.execute(status -> {
            List<BigDecimal> remaining = jdbc.queryForList("""
                    UPDATE billing_balances SET balance = balance - ?, updated_at = now()
                     WHERE company_id = ? AND balance >= ? RETURNING balance""", BigDecimal.class, price, companyId, price);
            if (remaining.isEmpty()) {
                return Optional.<BigDecimal>empty();
            }
            jdbc.update("""
                    INSERT INTO billing_usage (company_id, month, ai_overage, overage_charged) VALUES (?, ?, 1, ?)
                    ON CONFLICT (company_id, month) DO UPDATE SET ai_overage = billing_usage.ai_overage + 1,
                           overage_charged = billing_usage.overage_charged + excluded.overage_charged""", companyId, month, price);
            return Optional.of(remaining.get(0));
        }));
        left.ifPresent(balance -> tellWhenLow(companyId, balance));
        return left;
    }

    @Override
    public Deposit deposit(UUID companyId, BigDecimal amount, String reference, String source, String note) {
        if (amount == null || amount.signum() <= 0) {
            throw ApiProblem.invalid("amount", "must be more than 0");
        }
        BigDecimal exact = amount.setScale(StripeAmounts.decimals(settings.currency()), RoundingMode.HALF_UP);
        return TenantContext.callAs(companyId, null, () -> tx.execute(status -> {
            int added = jdbc.update("""
                    INSERT INTO billing_deposits (id, company_id, amount, currency, reference, source, note)
                    VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (company_id, reference) DO NOTHING""",
                    UUID.randomUUID(), companyId, exact, settings.currency(), reference, source, note);
            if (added == 1) {
                // A deposit that lifts the balance to the threshold or above arms the low-balance notice again.
                jdbc.update("""
                        INSERT INTO billing_balances (company_id, balance, currency) VALUES (?, ?, ?)
                        ON CONFLICT (company_id) DO UPDATE SET balance = billing_balances.balance + excluded.balance,
                               low_notice_sent = billing_balances.low_notice_sent
                                                 AND billing_balances.balance + excluded.balance < ?,
                               updated_at = now()""", companyId, exact, settings.currency(), settings.lowBalance());
            }
            Deposit made = jdbc.queryForObject("""
                    SELECT d.id, d.amount, d.currency, d.reference, d.source, d.note, d.created_at, b.balance
                      FROM billing_deposits d JOIN billing_balances b ON b.company_id = d.company_id
                     WHERE d.company_id = ? AND d.reference = ?""", BalanceLedger::deposit, companyId, reference);
            if (added == 0 && made.amount().compareTo(exact) != 0) {
                throw ApiProblem.conflict("reference", "already names a deposit of " + made.amount() + " " + made.currency());
            }
            return made;
        }));
    }

    /** Whether the company's balance pays for one more interaction past the allowance. */
    boolean covers(UUID companyId) {
        BigDecimal price = settings.overagePrice();
        return price.signum() > 0 && TenantContext.callAs(companyId, null, () -> jdbc.query(
                "SELECT balance >= ? FROM billing_balances WHERE company_id = ?", (row, index) -> row.getBoolean(1), price, companyId))
                .stream().findFirst().orElse(false);
    }

    /** The current company's balance (0 before any deposit). */
    View balance() {
        UUID companyId = TenantContext.requireCompanyId();
        BigDecimal balance = jdbc.query("SELECT balance FROM billing_balances WHERE company_id = ?",
                (row, index) -> row.getBigDecimal(1), companyId).stream().findFirst().orElse(BigDecimal.ZERO);
        int decimals = StripeAmounts.decimals(settings.currency());
        return new View(balance.setScale(decimals, RoundingMode.HALF_UP), settings.currency(),
                settings.lowBalance().setScale(decimals, RoundingMode.HALF_UP), settings.overagePrice(),
                balance.compareTo(settings.lowBalance()) < 0);
    }

    /** The current company's deposits, newest first. */
    PageResponse<Deposit> deposits(int page, int size) {
        UUID companyId = TenantContext.requireCompanyId();
        return CompanyRows.page(jdbc, "billing_deposits", "id, amount, currency, reference, source, note, created_at, NULL AS balance",
                "created_at DESC, id", BalanceLedger::deposit, companyId, page, size);
    }

    /** The first charge that takes the balance below the threshold tells the owner; the next ones do not. */
    private void tellWhenLow(UUID companyId, BigDecimal balance) {
        if (balance.compareTo(settings.lowBalance()) >= 0) {
            return;
        }
        Integer armed = TenantContext.callAs(companyId, null, () -> jdbc.update("""
                UPDATE billing_balances SET low_notice_sent = true
                 WHERE company_id = ? AND NOT low_notice_sent AND balance < ?""", companyId, settings.lowBalance()));
        if (armed != null && armed == 1) {
            events.publishEvent(new BalanceLow(companyId, balance, settings.currency(), settings.lowBalance()));
        }
    }

    private static Deposit deposit(ResultSet row, int index) throws SQLException {
        int decimals = StripeAmounts.decimals(row.getString("currency"));
        BigDecimal balance = row.getBigDecimal("balance");
        return new Deposit(row.getObject("id", UUID.class), row.getBigDecimal("amount").setScale(decimals, RoundingMode.HALF_UP),
                row.getString("currency"), row.getString("reference"), row.getString("source"), row.getString("note"),
                row.getTimestamp("created_at").toInstant(),
                balance == null ? null : balance.setScale(decimals, RoundingMode.HALF_UP));
    }
}
