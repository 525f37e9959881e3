package com.lyrox.bookings.internal;

import com.lyrox.bookings.BookingSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When each confirmed booking's reminder is due ({@code booking_reminders}: ids and times only, read
 * before the company is known). Kept in step with the bookings in the same transaction; a reminder
 * is claimed by setting its {@code sent_at} in the statement that finds it, so of several instances
 * running the job at once exactly one sends it, and a restart never sends it again.
 */
@Component
class BookingReminders {

    /** A reminder claimed for sending, and whose it is. */
    record Due(UUID bookingId, UUID companyId) {
    }

    private final JdbcTemplate jdbc;
    private final BookingSettings settings;
    private final Clock clock;

    BookingReminders(JdbcTemplate jdbc, BookingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The reminder of a booking starting at {@code start}, {@code lyrox.bookings.reminder-before}
     * ahead; none when that moment has passed already (a booking made at the last minute), or
     * reminders are off. A booking moved is reminded again of its new time.
     */
    void schedule(UUID bookingId, UUID companyId, Instant start) {
        Instant remindAt = start.minus(settings.reminderBefore());
        if (settings.reminderBefore().isZero() || !remindAt.isAfter(clock.instant())) {
            remove(bookingId);
            return;
        }
        jdbc.update("INSERT INTO booking_reminders (booking_id, company_id, remind_at) VALUES (?, ?, ?)"
                + " ON CONFLICT (booking_id) DO UPDATE SET remind_at = EXCLUDED.remind_at, sent_at = NULL",
                bookingId, companyId, Timestamp.from(remindAt));
    }

    void remove(UUID bookingId) {
        jdbc.update("DELETE FROM booking_reminders WHERE booking_id = ?", bookingId);
    }

    /** Claims up to {@code limit} reminders that are due: each is handed to one caller, once. */
    List<Due> claimDue(int limit) {
        return jdbc.query("""
                        UPDATE booking_reminders SET sent_at = now()
                         WHERE booking_id IN (SELECT booking_id FROM booking_reminders
                                               WHERE sent_at IS NULL AND remind_at <= ?
                                               ORDER BY remind_at LIMIT ? FOR UPDATE SKIP LOCKED)
                        RETURNING booking_id, company_id""",
                (row, i) -> new Due(row.getObject("booking_id", UUID.class), row.getObject("company_id", UUID.class)),
                Timestamp.from(clock.instant()), limit);
    }
}
