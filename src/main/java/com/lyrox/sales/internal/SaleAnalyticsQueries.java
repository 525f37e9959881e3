package com.lyrox.sales.internal;

import com.lyrox.platform.TenantContext;
import com.lyrox.sales.SalesAnalytics;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sales by product and payment links sent against paid, in SQL: paid sales through the partial
 * index on completed sales ({@code idx_sales_completed}), sales made through
 * {@code idx_sales_company_date}.
 */
@Component
class SaleAnalyticsQueries implements SalesAnalytics {

    private final JdbcTemplate jdbc;

    SaleAnalyticsQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProductRevenue> revenueByProduct(Instant from, Instant to, int most) {
        return jdbc.query("""
                SELECT product_id, currency, count(*) AS sales, sum(amount) AS amount
                  FROM sales
                 WHERE company_id = ? AND payment_status = 'COMPLETED' AND completed_at >= ? AND completed_at < ?
                 GROUP BY product_id, currency
                 ORDER BY sum(amount) DESC, product_id
                 LIMIT ?""", (row, index) -> new ProductRevenue(row.getObject("product_id", UUID.class), row.getString("currency"),
                row.getLong("sales"), row.getBigDecimal("amount")), TenantContext.requireCompanyId(), Timestamp.from(from),
                Timestamp.from(to), most);
    }

    @Override
    @Transactional(readOnly = true)
    public PaymentLinks paymentLinks(Instant from, Instant to) {
        return jdbc.queryForObject("""
                SELECT count(*) AS sent,
                       count(*) FILTER (WHERE payment_status IN ('COMPLETED', 'REFUNDED')) AS paid,
                       count(*) FILTER (WHERE payment_status = 'PENDING') AS pending,
                       count(*) FILTER (WHERE payment_status = 'FAILED') AS failed,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM completed_at - sale_date) / 60)
                           FILTER (WHERE completed_at IS NOT NULL) AS median_minutes
                  FROM sales WHERE company_id = ? AND sale_date >= ? AND sale_date < ?""",
                (row, index) -> new PaymentLinks(row.getLong("sent"), row.getLong("paid"), row.getLong("pending"),
                        row.getLong("failed"), (Double) row.getObject("median_minutes")),
                TenantContext.requireCompanyId(), Timestamp.from(from), Timestamp.from(to));
    }
}
