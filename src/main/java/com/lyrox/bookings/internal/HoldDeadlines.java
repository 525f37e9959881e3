package com.lyrox.bookings.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When each hold runs out, in a table every company's expiry job can read before it knows the
 * company ({@code booking_hold_deadlines}: ids and times only). Kept in step with the bookings
 * in the same transaction.
 */
@Component
class HoldDeadlines {

    /** A hold that ran out, and whose it is. */
    record Due(UUID bookingId, UUID companyId) {
    }

    private final JdbcTemplate jdbc;

    HoldDeadlines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(UUID bookingId, UUID companyId, Instant expiresAt) {
        jdbc.update("INSERT INTO booking_hold_deadlines (booking_id, company_id, expires_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (booking_id) DO UPDATE SET expires_at = EXCLUDED.expires_at",
                bookingId, companyId, Timestamp.from(expiresAt));
    }

    void remove(UUID bookingId) {
        jdbc.update("DELETE FROM booking_hold_deadlines WHERE booking_id = ?", bookingId);
    }

    List<Due> due(Instant now, int limit) {
        return jdbc.query("SELECT booking_id, company_id FROM booking_hold_deadlines WHERE expires_at <= ?"
                        + " ORDER BY expires_at LIMIT ?",
                (row, i) -> new Due(row.getObject("booking_id", UUID.class), row.getObject("company_id", UUID.class)),
                Timestamp.from(now), limit);
    }
}
