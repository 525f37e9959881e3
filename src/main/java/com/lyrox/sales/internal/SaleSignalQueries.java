package com.lyrox.sales.internal;

import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SaleSignals;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A customer's sales by status, one query for many customers (through {@code idx_sales_customer}). */
@Component
class SaleSignalQueries implements SaleSignals {

    private final JdbcTemplate jdbc;

    SaleSignalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Signals> byCustomer(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Signals> signals = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT customer_id,
                           count(*) FILTER (WHERE payment_status = 'COMPLETED') AS completed,
                           min(completed_at) FILTER (WHERE payment_status IN ('COMPLETED', 'REFUNDED')) AS first_completed,
                           count(*) FILTER (WHERE payment_status = 'PENDING') AS pending,
                           count(*) FILTER (WHERE payment_status = 'REFUNDED') AS refunded
                      FROM sales WHERE company_id = ? AND customer_id = ANY (?)
                     GROUP BY customer_id""");
            statement.setObject(1, TenantContext.requireCompanyId());
            statement.setArray(2, connection.createArrayOf("uuid", customerIds.toArray()));
            return statement;
        }, row -> {
            UUID id = row.getObject("customer_id", UUID.class);
            Timestamp first = row.getTimestamp("first_completed");
            signals.put(id, new Signals(id, row.getInt("completed"), first == null ? null : first.toInstant(),
                    row.getInt("pending"), row.getInt("refunded")));
        });
        return signals;
    }

    @Override
    @Transactional(readOnly = true)
    public long buyers() {
        Long buyers = jdbc.queryForObject("""
                SELECT count(DISTINCT customer_id) FROM sales WHERE company_id = ? AND payment_status IN ('COMPLETED', 'REFUNDED')""",
                Long.class, TenantContext.requireCompanyId());
        return buyers == null ? 0 : buyers;
    }
}
