package com.lyrox.billing.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.billing.BillingSettings;
import com.lyrox.bookings.BookingCounts;
import com.lyrox.platform.ApiProblem;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.StripeAmounts;
import com.lyrox.platform.TenantContext;
import com.lyrox.platform.CompanyRows;
import com.lyrox.tenants.Companies;
import com.lyrox.tenants.CompanyProfile;
import com.lyrox.tenants.Plan;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Lyrox's own monthly statement of a company: the plan (at its configured price, unless Stripe
 * bills it), the AI interactions within the allowance, those paid from the prepaid balance, the
 * bookings and the outbound messages. Closing a month writes its usage record and its statement
 * in one transaction; the key (company, month) lets only one closer write them.
 */
@Component
class MonthlyStatements {

    /** One line of a statement. */
    @Schema(name = "MonthlyInvoiceLine")
    record Line(@Schema(example = "AI interactions past the allowance") String description, long quantity,
                @Schema(type = "string", example = "0.02") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitPrice,
                @Schema(type = "string", example = "2.40") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }

    /** A company's statement of a month; {@code draft} while the month is still running. */
    @Schema(name = "MonthlyInvoice")
    record Statement(UUID id, @Schema(example = "LYX-202611-3F6D2A8E") String number, @Schema(example = "2026-11") String month,
                     @Schema(example = "PROFESSIONAL") String plan, @Schema(example = "USD") String currency, List<Line> lines,
                     @Schema(type = "string", example = "81.40") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
                     @Schema(type = "string", example = "2.40", description = "Already paid: the overage taken from the prepaid balance")
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paidFromBalance,
                     @Schema(type = "string", example = "79.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountDue,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt, boolean draft) {
    }

    /** A month's usage record. */
    @Schema(name = "MonthlyUsage")
    record UsageRecord(@Schema(example = "2026-11") String month, long aiInteractions, long aiOverage,
                       @Schema(type = "string", example = "2.40") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overageCharged,
                       long bookings, long outboundMessages,
                       @Schema(description = "When the month was closed; absent for the running month")
                       @JsonFormat(shape = JsonFormat.Shape.STRING) Instant closedAt) {
    }

    private static final String COLUMNS =
            "id, number, month, plan, currency, lines::text AS lines, total, paid_from_balance, amount_due, created_at";
    private static final TypeReference<List<Line>> LINES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Companies companies;
    private final BillingSettings settings;
    private final RedisAiQuota quota;
    private final MonthlyUsage usage;
    private final BookingCounts bookings;
    private final ObjectMapper json;
    private final Clock clock;

    MonthlyStatements(JdbcTemplate jdbc, TransactionTemplate tx, Companies companies, BillingSettings settings,
                      RedisAiQuota quota, MonthlyUsage usage, BookingCounts bookings, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.companies = companies;
        this.settings = settings;
        this.quota = quota;
        this.usage = usage;
        this.bookings = bookings;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Closes a month of a company, in its tenant: its usage record and its statement, once. Answers
     * false when the statement was there already (made earlier or by another instance at once).
     */
    boolean close(UUID companyId, YearMonth month) {
        return Boolean.TRUE.equals(TenantContext.callAs(companyId, null, () -> tx.execute(status -> {
            if (find(companyId, month.toString()).isPresent()) {
                return false;
            }
            CompanyProfile company = companies.find(companyId).orElseThrow();
            UsageRecord record = measure(companyId, month);
            Statement statement = compose(company, month, record, false);
            int made = jdbc.update("""
                    INSERT INTO billing_statements (id, company_id, month, number, plan, currency, total, paid_from_balance,
                                                    amount_due, lines, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (company_id, month) DO NOTHING""",
                    statement.id(), companyId, statement.month(), statement.number(), statement.plan(), statement.currency(),
                    statement.total(), statement.paidFromBalance(), statement.amountDue(), json.writeValueAsString(statement.lines()),
                    java.sql.Timestamp.from(statement.createdAt()));
            if (made == 0) {
                return false;
            }
            jdbc.update("""
                    INSERT INTO billing_usage (company_id, month, ai_interactions, bookings, outbound_messages, closed_at)
                    VALUES (?, ?, ?, ?, ?, now())
                    ON CONFLICT (company_id, month) DO UPDATE SET ai_interactions = excluded.ai_interactions,
                           bookings = excluded.bookings, outbound_messages = excluded.outbound_messages, closed_at = now()""",
                    companyId, month.toString(), record.aiInteractions(), record.bookings(), record.outboundMessages());
            return true;
        })));
    }

    /** The running month's statement so far, not stored (the current company). */
    Statement draft() {
        UUID companyId = TenantContext.requireCompanyId();
        YearMonth month = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        CompanyProfile company = companies.find(companyId).orElseThrow(() -> ApiProblem.notFound("Company"));
        return compose(company, month, measure(companyId, month), true);
    }

    /** The current company's statements, newest month first. */
    PageResponse<Statement> list(int page, int size) {
        UUID companyId = TenantContext.requireCompanyId();
        return CompanyRows.page(jdbc, "billing_statements", COLUMNS, "month DESC", this::statement, companyId, page, size);
    }

    /** One of the current company's statements; another company's answers 404 like a missing one. */
    Statement get(UUID id) {
        UUID companyId = TenantContext.requireCompanyId();
        return jdbc.query("SELECT " + COLUMNS + " FROM billing_statements WHERE company_id = ? AND id = ?", this::statement, companyId, id)
                .stream().findFirst().orElseThrow(() -> ApiProblem.notFound("Monthly invoice"));
    }

    /** The current company's closed months, newest first, and the running one on top. */
    List<UsageRecord> usageRecords(int months) {
        UUID companyId = TenantContext.requireCompanyId();
        YearMonth current = YearMonth.now(clock.withZone(ZoneOffset.UTC));
        List<UsageRecord> records = new ArrayList<>();
        records.add(measure(companyId, current));
        records.addAll(jdbc.query("""
                SELECT month, ai_interactions, ai_overage, overage_charged, bookings, outbound_messages, closed_at
                  FROM billing_usage WHERE company_id = ? AND closed_at IS NOT NULL ORDER BY month DESC LIMIT ?""",
                (row, index) -> new UsageRecord(row.getString("month").trim(), row.getLong("ai_interactions"), row.getLong("ai_overage"),
                        money(row.getBigDecimal("overage_charged")), row.getLong("bookings"), row.getLong("outbound_messages"),
                        row.getTimestamp("closed_at").toInstant()), companyId, months));
        return records;
    }

    private Optional<UUID> find(UUID companyId, String month) {
        return jdbc.query("SELECT id FROM billing_statements WHERE company_id = ? AND month = ?",
                (row, index) -> row.getObject(1, UUID.class), companyId, month).stream().findFirst();
    }

    private UsageRecord measure(UUID companyId, YearMonth month) {
        MonthlyUsage.Overage overage = usage.overageCharged(companyId, month.toString());
        return new UsageRecord(month.toString(), quota.used(companyId, month.toString()), overage.interactions(),
                money(overage.charged()), bookings.madeIn(month), usage.outbound(companyId, month.toString()), null);
    }

    private Statement compose(CompanyProfile company, YearMonth month, UsageRecord record, boolean draft) {
        Instant monthEnd = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1);
        Instant at = draft ? clock.instant() : monthEnd;
        Plan plan = company.planAt(at);
        boolean trial = company.trialEndsAt() != null && at.isBefore(company.trialEndsAt());
        boolean stripeBilled = !trial && companies.billedSubscription(company.id()).isPresent();
        List<Line> lines = new ArrayList<>();
        if (trial) {
            lines.add(new Line("Trial: every feature", 1, money(BigDecimal.ZERO), money(BigDecimal.ZERO)));
        } else if (stripeBilled) {
            lines.add(new Line("Plan " + plan + " (billed through Stripe, see its invoices)", 1, money(BigDecimal.ZERO),
                    money(BigDecimal.ZERO)));
        } else {
            BigDecimal price = money(settings.planPrice(plan));
            lines.add(new Line("Plan " + plan, 1, price, price));
        }
        lines.add(new Line("AI interactions within the allowance", record.aiInteractions(), money(BigDecimal.ZERO), money(BigDecimal.ZERO)));
        if (record.aiOverage() > 0) {
            lines.add(new Line("AI interactions past the allowance, paid from the balance", record.aiOverage(),
                    settings.overagePrice(), record.overageCharged()));
        }
        lines.add(new Line("Bookings made", record.bookings(), money(BigDecimal.ZERO), money(BigDecimal.ZERO)));
        lines.add(new Line("Messages sent to customers", record.outboundMessages(), money(BigDecimal.ZERO), money(BigDecimal.ZERO)));
        BigDecimal total = money(lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal paid = record.overageCharged();
        String number = "LYX-" + month.toString().replace("-", "") + "-"
                + company.id().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return new Statement(draft ? null : UUID.randomUUID(), number, month.toString(), plan.name(), settings.currency(), lines,
                total, paid, money(total.subtract(paid)), clock.instant(), draft);
    }

    private BigDecimal money(BigDecimal amount) {
        return amount.setScale(StripeAmounts.decimals(settings.currency()), RoundingMode.HALF_UP);
    }

    private Statement statement(ResultSet row, int index) throws SQLException {
        return new Statement(row.getObject("id", UUID.class), row.getString("number"), row.getString("month").trim(),
                row.getString("plan"), row.getString("currency"), json.readValue(row.getString("lines"), LINES),
                money(row.getBigDecimal("total")), money(row.getBigDecimal("paid_from_balance")),
                money(row.getBigDecimal("amount_due")), row.getTimestamp("created_at").toInstant(), false);
    }
}
