package com.lyrox.billing.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.StripeAmounts;
import com.lyrox.platform.TenantContext;
import com.lyrox.platform.CompanyRows;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The invoices Stripe made for a company's plan, one row per Stripe invoice, kept as its latest event says. */
@Component
class PlanInvoices {

    /** An invoice as the Billing page lists it. */
    @Schema(name = "PlanInvoice")
    record View(@Schema(example = "in_1Nq...") String id, @Schema(example = "LYROX-0042") String number,
                @Schema(example = "paid") String status,
                @Schema(type = "string", example = "49.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountDue,
                @Schema(type = "string", example = "49.00") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountPaid,
                @Schema(example = "USD") String currency,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant periodStart,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant periodEnd,
                @Schema(description = "Stripe's page of the invoice") String hostedUrl,
                @Schema(description = "Stripe's PDF of the invoice") String pdfUrl,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant created) {
    }

    private final JdbcTemplate jdbc;

    PlanInvoices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the invoice in the company's tenant; an older event about it changes nothing. */
    void record(UUID companyId, SubscriptionEvents.Invoice invoice, Instant eventCreated) {
        jdbc.update("""
                INSERT INTO billing_invoices (id, company_id, number, status, amount_due, amount_paid, currency, period_start,
                                              period_end, hosted_url, pdf_url, created)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET number = excluded.number, status = excluded.status,
                       amount_due = excluded.amount_due, amount_paid = excluded.amount_paid, hosted_url = excluded.hosted_url,
                       pdf_url = excluded.pdf_url, created = excluded.created, updated_at = now()
                 WHERE billing_invoices.company_id = excluded.company_id AND billing_invoices.created <= excluded.created""",
                invoice.id(), companyId, invoice.number(), invoice.status(), invoice.amountDue(), invoice.amountPaid(),
                invoice.currency(), timestamp(invoice.periodStart()), timestamp(invoice.periodEnd()), invoice.hostedUrl(),
                invoice.pdfUrl(), Timestamp.from(eventCreated));
    }

    PageResponse<View> list(int page, int size) {
        UUID companyId = TenantContext.requireCompanyId();
        return CompanyRows.page(jdbc, "billing_invoices",
                "id, number, status, amount_due, amount_paid, currency, period_start, period_end, hosted_url, pdf_url, created",
                "created DESC, id", PlanInvoices::view, companyId, page, size);
    }

    private static View view(ResultSet row, int index) throws SQLException {
        int decimals = StripeAmounts.decimals(row.getString("currency"));
        return new View(row.getString("id"), row.getString("number"), row.getString("status"),
                row.getBigDecimal("amount_due").setScale(decimals, RoundingMode.HALF_UP),
                row.getBigDecimal("amount_paid").setScale(decimals, RoundingMode.HALF_UP), row.getString("currency"), instant(row, "period_start"),
                instant(row, "period_end"), row.getString("hosted_url"), row.getString("pdf_url"), instant(row, "created"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
