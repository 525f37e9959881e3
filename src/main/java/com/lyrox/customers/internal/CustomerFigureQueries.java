package com.lyrox.customers.internal;

import com.lyrox.customers.CustomerFigures;
import com.lyrox.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * First contacts of a period counted by PostgreSQL per quarter of an hour, along the index on
 * (company_id, first_contact): a few hundred rows whatever the number of customers.
 */
@Component
class CustomerFigureQueries implements CustomerFigures {

    // The origin carries its offset: a bare timestamp would be read in the session's time zone.
    private static final String FIRST_CONTACTS = """
            SELECT date_bin('15 minutes', first_contact, TIMESTAMPTZ '2000-01-01 00:00:00+00') AS at, count(*) AS customers
              FROM customers
             WHERE company_id = ? AND first_contact >= ? AND first_contact < ?
             GROUP BY 1 ORDER BY 1""";

    private final JdbcTemplate jdbc;

    CustomerFigureQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<FirstContacts> firstContactsBetween(Instant from, Instant to) {
        return jdbc.query(FIRST_CONTACTS, (row, n) -> new FirstContacts(
                        row.getObject("at", OffsetDateTime.class).toInstant(), row.getLong("customers")),
                TenantContext.requireCompanyId(), Timestamp.from(from), Timestamp.from(to));
    }
}
