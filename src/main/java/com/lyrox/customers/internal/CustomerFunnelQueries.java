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
 * The customers first in touch in a period by their stage now (over {@code idx_customers_first_contact}),
 * with the days each step took from their recorded stage changes ({@code customer_stage_changes}).
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
                WITH cohort AS (
                    SELECT id, stage, first_contact FROM customers
                     WHERE company_id = ? AND first_contact >= ? AND first_contact < ?),
                reached AS (
                    SELECT h.customer_id,
                           min(h.changed_at) FILTER (WHERE h.to_stage IN ('QUALIFIED', 'CUSTOMER')) AS qualified_at,
                           min(h.changed_at) FILTER (WHERE h.to_stage = 'CUSTOMER') AS customer_at
                      FROM customer_stage_changes h JOIN cohort c ON c.id = h.customer_id
                     WHERE h.company_id = ? AND h.to_stage IN ('QUALIFIED', 'CUSTOMER')
                     GROUP BY h.customer_id)
                SELECT count(*) AS contacted,
                       count(*) FILTER (WHERE c.stage = 'LEAD') AS leads,
                       count(*) FILTER (WHERE c.stage = 'QUALIFIED') AS qualified,
                       count(*) FILTER (WHERE c.stage = 'CUSTOMER') AS customers,
                       count(*) FILTER (WHERE c.stage = 'CHURNED') AS churned,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.qualified_at - c.first_contact) / 86400)
                           FILTER (WHERE r.qualified_at IS NOT NULL) AS to_qualified,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.customer_at - r.qualified_at) / 86400)
                           FILTER (WHERE r.customer_at IS NOT NULL) AS to_customer
                  FROM cohort c LEFT JOIN reached r ON r.customer_id = c.id""",
                (row, index) -> new Standing(row.getLong("contacted"), row.getLong("leads"), row.getLong("qualified"),
                        row.getLong("customers"), row.getLong("churned"), (Double) row.getObject("to_qualified"),
                        (Double) row.getObject("to_customer")),
                companyId, start, end, companyId);
    }
}
