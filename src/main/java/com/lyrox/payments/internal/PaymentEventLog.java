package com.lyrox.payments.internal;

import com.lyrox.payments.PaymentProvider;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.TenantContext;
import com.lyrox.platform.CompanyRows;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The current company's provider events, one row per provider's event id. The row is written
 * first, in the transaction that applies the event: the same event arriving again, even at the
 * same moment, waits for it and finds it there.
 */
@Component
class PaymentEventLog {

    private final JdbcTemplate jdbc;

    PaymentEventLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's id; empty when the event was received before. */
    Optional<UUID> recordIfNew(ProviderEvent event) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.update("""
                INSERT INTO payment_events (id, company_id, provider, event_id, type, sale_id, payment_id, amount, currency, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (company_id, provider, event_id) DO NOTHING""",
                id, TenantContext.requireCompanyId(), event.provider().name(), event.eventId(), event.type(), event.saleId(),
                event.paymentId(), event.amount(), event.currency(), PaymentOutcome.IGNORED.name());
        return inserted == 1 ? Optional.of(id) : Optional.empty();
    }

    /**
     * Holds the provider's payment until the transaction ends: a refund matched by its payment
     * id and the payment itself are applied one after the other, whichever comes first.
     */
    void lockPayment(String paymentId) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", Object.class,
                TenantContext.requireCompanyId() + ":" + paymentId);
    }

    void finish(UUID id, PaymentOutcome outcome, UUID saleId, String detail) {
        jdbc.update("UPDATE payment_events SET outcome = ?, sale_id = coalesce(?, sale_id), detail = ? WHERE id = ? AND company_id = ?",
                outcome.name(), saleId, detail, id, TenantContext.requireCompanyId());
    }

    /** Refunds that arrived before the payment of this sale (or with this payment id) completed it. */
    List<UUID> refundsWaitingFor(UUID saleId, String paymentId) {
        return paymentId == null
                ? jdbc.queryForList("SELECT id FROM payment_events WHERE company_id = ? AND outcome = 'REFUND_WAITING' AND sale_id = ?",
                        UUID.class, TenantContext.requireCompanyId(), saleId)
                : jdbc.queryForList("""
                        SELECT id FROM payment_events
                         WHERE company_id = ? AND outcome = 'REFUND_WAITING' AND (sale_id = ? OR payment_id = ?)""",
                        UUID.class, TenantContext.requireCompanyId(), saleId, paymentId);
    }

    PageResponse<ProviderRequests.EventView> list(int page, int size) {
        UUID companyId = TenantContext.requireCompanyId();
        return CompanyRows.page(jdbc, "payment_events",
                "id, provider, event_id, type, sale_id, payment_id, amount, currency, outcome, detail, received_at",
                "received_at DESC, id", PaymentEventLog::view, companyId, page, size);
    }

    private static ProviderRequests.EventView view(ResultSet row, int index) throws SQLException {
        return new ProviderRequests.EventView(row.getObject("id", UUID.class), PaymentProvider.valueOf(row.getString("provider")),
                row.getString("event_id"), row.getString("type"), row.getObject("sale_id", UUID.class), row.getString("payment_id"),
                row.getBigDecimal("amount"), row.getString("currency"), PaymentOutcome.valueOf(row.getString("outcome")),
                row.getString("detail"), row.getTimestamp("received_at").toInstant());
    }
}
