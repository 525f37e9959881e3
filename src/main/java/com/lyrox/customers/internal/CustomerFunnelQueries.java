package com.lyrox.customers.internal;

import com.lyrox.customers.CustomerFunnel;
import com.lyrox.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The customers first in touch in a period by their stage now, in one pass over {@code idx_customers_first_contact}. */
@Component
class CustomerFunnelQueries implements CustomerFunnel {

    private final JdbcTemplate jdbc;

    CustomerFunnelQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Standing standingOf(Instant from, Instant to) {
        return jdbc.queryForObject("""
                SELECT count(*) AS contacted,
                       count(*) FILTER (WHERE stage = 'LEAD') AS leads,
                       count(*) FILTER (WHERE stage = 'QUALIFIED') AS qualified,
                       count(*) FILTER (WHERE stage = 'CUSTOMER') AS customers,
                       count(*) FILTER (WHERE stage = 'CHURNED') AS churned
                  FROM customers WHERE company_id = ? AND first_contact >= ? AND first_contact < ?""",
                (row, index) -> new Standing(row.getLong("contacted"), row.getLong("leads"), row.getLong("qualified"),
                        row.getLong("customers"), row.getLong("churned")),
                TenantContext.requireCompanyId(), Timestamp.from(from), Timestamp.from(to));
    }
}
