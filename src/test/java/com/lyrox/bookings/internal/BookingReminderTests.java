package com.lyrox.bookings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.WhatsAppFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A confirmed booking's customer is reminded on WhatsApp once, however many instances run the job. */
@LyroxTest
class BookingReminderTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReminderJob job;

    @Test
    void aDueReminderRacedByEightRunsOfTheJobIsSentOnce() throws Exception {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        String token = whatsapp.owner().accessToken();
        UUID court = api.post("/api/v1/resources", token, Map.of("name", "Lapangan 7", "type", "futsal",
                "price", "150000.00", "currency", "IDR", "timezone", "Asia/Jakarta")).id();
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.add(Map.of("dayOfWeek", day, "opens", "08:00", "closes", "23:00"));
        }
        assertThat(api.put("/api/v1/resources/" + court + "/hours", token, hours).status()).isEqualTo(200);
        // The customer wrote, so the 24 h window is open and the reminder goes out as text.
        String customer = "6281234500077";
        int before = graph.messages(whatsapp.phoneNumberId()).size();
        assertThat(whatsapp.deliver(whatsapp.text(customer, "Sari", "wamid.R1", "terima kasih kak")).status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).until(() -> graph.messages(whatsapp.phoneNumberId()).size() > before);
        String start = LocalDate.now(JAKARTA).plusDays(2).atTime(20, 0).atZone(JAKARTA).toInstant().toString();
        UUID booking = api.post("/api/v1/bookings", token, Map.of("resourceId", court.toString(), "start", start,
                "customerPhone", "+" + customer)).id();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM booking_reminders WHERE booking_id = ? AND sent_at IS NULL",
                Long.class, booking)).isEqualTo(1);
        jdbc.update("UPDATE booking_reminders SET remind_at = now() - interval '1 second' WHERE booking_id = ?", booking);
        int beforeReminder = graph.messages(whatsapp.phoneNumberId()).size();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Void>> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(() -> {
                    job.sendDue();
                    return null;
                });
            }
            for (Future<Void> run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        job.sendDue();

        List<String> reminders = graph.messages(whatsapp.phoneNumberId()).stream().skip(beforeReminder)
                .map(call -> call.json().<String>read("$.text.body")).filter(text -> text.contains("Pengingat")).toList();
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0)).contains("Lapangan 7", "20:00");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM booking_reminders WHERE booking_id = ? AND sent_at IS NOT NULL",
                Long.class, booking)).isEqualTo(1);
    }

    @Test
    void aCancelledBookingIsNotRemindedAndAMovedOneIsRemindedOfItsNewTime() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        String token = whatsapp.owner().accessToken();
        UUID court = api.post("/api/v1/resources", token, Map.of("name", "Lapangan 8", "price", "1.00", "currency", "IDR",
                "timezone", "Asia/Jakarta")).id();
        assertThat(api.put("/api/v1/resources/" + court + "/hours", token, List.of(Map.of("dayOfWeek", "MONDAY", "opens", "08:00",
                "closes", "23:00"), Map.of("dayOfWeek", "TUESDAY", "opens", "08:00", "closes", "23:00"),
                Map.of("dayOfWeek", "WEDNESDAY", "opens", "08:00", "closes", "23:00"), Map.of("dayOfWeek", "THURSDAY", "opens", "08:00",
                        "closes", "23:00"), Map.of("dayOfWeek", "FRIDAY", "opens", "08:00", "closes", "23:00"),
                Map.of("dayOfWeek", "SATURDAY", "opens", "08:00", "closes", "23:00"), Map.of("dayOfWeek", "SUNDAY", "opens", "08:00",
                        "closes", "23:00"))).status()).isEqualTo(200);
        LocalDate day = LocalDate.now(JAKARTA).plusDays(3);
        UUID moved = api.post("/api/v1/bookings", token, Map.of("resourceId", court.toString(),
                "start", day.atTime(10, 0).atZone(JAKARTA).toInstant().toString(), "customerPhone", "+6281234500078")).id();
        UUID cancelled = api.post("/api/v1/bookings", token, Map.of("resourceId", court.toString(),
                "start", day.atTime(12, 0).atZone(JAKARTA).toInstant().toString(), "customerPhone", "+6281234500079")).id();

        assertThat(api.patch("/api/v1/bookings/" + moved, token, Map.of("start",
                day.atTime(15, 0).atZone(JAKARTA).toInstant().toString())).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/bookings/" + cancelled + "/cancel", token, null).status()).isEqualTo(200);

        assertThat(jdbc.queryForObject("SELECT remind_at FROM booking_reminders WHERE booking_id = ?", java.sql.Timestamp.class,
                moved).toInstant()).isEqualTo(day.atTime(13, 0).atZone(JAKARTA).toInstant());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM booking_reminders WHERE booking_id = ?", Long.class, cancelled))
                .isZero();
    }
}
