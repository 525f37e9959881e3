package com.lyrox.customers.internal;

import com.lyrox.customers.CustomerFunnel;
import com.lyrox.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customers first in touch in a period by their stage now, with the days each step took from
 * the stamps the store keeps on each row ({@code qualified_at}, {@code became_customer_at}): one
 * pass over the covering index {@code idx_customers_funnel}.
 */
@Component
class CustomerFunnelQueries implements CustomerFunnel {

    private final JdbcTemplate jdbc;

    CustomerFunnelQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Standing standingOf(Instant from, Instant to) {
        UUID companyId = TenantContext.requireCompanyId();
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        return jdbc.queryForObject("""
                SELECT count(*) AS contacted,
                       count(*) FILTER (WHERE stage = 'LEAD') AS leads,
                       count(*) FILTER (WHERE stage = 'QUALIFIED') AS qualified,
                       count(*) FILTER (WHERE stage = 'CUSTOMER') AS customers,
                       count(*) FILTER (WHERE stage = 'CHURNED') AS churned,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM qualified_at - first_contact) / 86400)
                           FILTER (WHERE qualified_at IS NOT NULL) AS to_qualified,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM became_customer_at - qualified_at) / 86400)
                           FILTER (WHERE became_customer_at IS NOT NULL AND qualified_at IS NOT NULL) AS to_customer
                  FROM customers WHERE company_id = ? AND first_contact >= ? AND first_contact < ?""",
                (row, index) -> new Standing(row.getLong("contacted"), row.getLong("leads"), row.getLong("qualified"),
                        row.getLong("customers"), row.getLong("churned"), (Double) row.getObject("to_qualified"),
                        (Double) row.getObject("to_customer")),
                companyId, start, end);
    }
}
