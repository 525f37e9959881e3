package com.lyrox.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import com.lyrox.platform.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@LyroxTest
class BookingApiTests {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final String[] WEEK = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    /** A court open every day from 08:00 to 22:00 in Jakarta, IDR 150,000 an hour. */
    private UUID court(Account owner, Map<String, Object> overrides) {
        Map<String, Object> body = new HashMap<>(Map.of("name", "Lapangan " + UUID.randomUUID().toString().substring(0, 4),
                "type", "futsal", "price", "150000.00", "currency", "IDR", "timezone", "Asia/Jakarta"));
        body.putAll(overrides);
        var created = api.post("/api/v1/resources", owner.accessToken(), body);
        assertThat(created.status()).isEqualTo(201);
        UUID id = created.id();
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : WEEK) {
            hours.add(Map.of("dayOfWeek", day, "opens", "08:00", "closes", "22:00"));
        }
        assertThat(api.put("/api/v1/resources/" + id + "/hours", owner.accessToken(), hours).status()).isEqualTo(200);
        return id;
    }

    private UUID court(Account owner) {
        return court(owner, Map.of());
    }

    /** Two days from now, at this hour in Jakarta. */
    static Instant inTwoDaysAt(int hour) {
        return LocalDate.now(JAKARTA).plusDays(2).atTime(hour, 0).atZone(JAKARTA).toInstant();
    }

    private Api.Reply book(Account owner, UUID resourceId, Instant start, String phone, String status) {
        Map<String, Object> body = new HashMap<>(Map.of("resourceId", resourceId.toString(), "start", start.toString(),
                "customerPhone", phone, "customerName", "Budi"));
        if (status != null) {
            body.put("status", status);
        }
        return api.post("/api/v1/bookings", owner.accessToken(), body);
    }

    @Test
    void booksASlotAtItsComputedPriceForACustomerFoundByPhone() {
        Account owner = api.signUp();
        UUID court = court(owner);
        var rule = api.post("/api/v1/pricing-rules", owner.accessToken(), Map.of("name", "Peak", "days", List.of(WEEK),
                "from", "18:00", "to", "22:00", "multiplier", "1.5"));
        assertThat(rule.status()).isEqualTo(201);

        var booked = book(owner, court, inTwoDaysAt(19), "+6281234567890", null);

        assertThat(booked.status()).isEqualTo(201);
        assertThat(booked.text("$.status")).isEqualTo("CONFIRMED");
        assertThat(booked.text("$.price")).isEqualTo("225000.00");
        assertThat(booked.text("$.currency")).isEqualTo("IDR");
        assertThat(booked.text("$.customerPhone")).isEqualTo("+6281234567890");
        assertThat(booked.text("$.customerName")).isEqualTo("Budi");
        assertThat(Instant.parse(booked.text("$.end"))).isEqualTo(inTwoDaysAt(20));
        UUID customerId = UUID.fromString(booked.text("$.customerId"));
        var ofCustomer = api.get("/api/v1/customers/" + customerId + "/bookings", owner.accessToken());
        assertThat((Integer) ofCustomer.read("$.total")).isEqualTo(1);
        assertThat(ofCustomer.text("$.items[0].resourceName")).startsWith("Lapangan");
        var listed = api.get("/api/v1/bookings?resourceId=" + court + "&from=" + inTwoDaysAt(0) + "&to=" + inTwoDaysAt(23),
                owner.accessToken());
        assertThat((Integer) listed.read("$.total")).isEqualTo(1);
    }

    @Test
    void availabilityLeavesOutTakenSlotsAndPricesEachOne() {
        Account owner = api.signUp();
        UUID court = court(owner);
        assertThat(book(owner, court, inTwoDaysAt(10), "+6281200000001", null).status()).isEqualTo(201);
        LocalDate day = LocalDate.now(JAKARTA).plusDays(2);

        var availability = api.get("/api/v1/availability?resourceId=" + court + "&date=" + day, owner.accessToken());

        assertThat(availability.status()).isEqualTo(200);
        List<String> starts = availability.read("$.slots[*].start");
        assertThat(starts).hasSize(13).contains(inTwoDaysAt(9).toString()).doesNotContain(inTwoDaysAt(10).toString());
        assertThat(availability.text("$.slots[0].price")).isEqualTo("150000.00");
        var byType = api.get("/api/v1/availability?type=futsal&date=" + day, owner.accessToken());
        assertThat((List<?>) byType.read("$.slots")).hasSize(13);
    }

    @Test
    void aTakenSlotAnswers409WithTheNearestFreeSlots() {
        Account owner = api.signUp();
        UUID court = court(owner);
        assertThat(book(owner, court, inTwoDaysAt(18), "+6281200000002", null).status()).isEqualTo(201);

        var refused = book(owner, court, inTwoDaysAt(18), "+6281200000003", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).contains("application/problem+json");
        List<String> alternatives = refused.read("$.alternatives[*].start");
        // The nearest first, the earlier of two as near; shown in time order.
        assertThat(alternatives).containsExactly(inTwoDaysAt(16).toString(), inTwoDaysAt(17).toString(),
                inTwoDaysAt(19).toString());
        assertThat((Integer) api.get("/api/v1/bookings?resourceId=" + court, owner.accessToken()).read("$.total")).isEqualTo(1);
    }

    @Test
    void fiftyParallelRequestsForOneSlotMakeExactlyOneBooking() throws Exception {
        Account owner = api.signUp();
        UUID court = court(owner);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String phone = "+62812000100%02d".formatted(i);
                String status = i % 2 == 0 ? "HELD" : null;
                calls.add(() -> book(owner, court, inTwoDaysAt(20), phone, status).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(49);
        } finally {
            pool.shutdown();
        }
        assertThat((Integer) api.get("/api/v1/bookings?resourceId=" + court, owner.accessToken()).read("$.total")).isEqualTo(1);
    }

    @Test
    void slotsOfDifferentLengthsNeverOverlapEitherWhenRacing() throws Exception {
        Account owner = api.signUp();
        UUID court = court(owner, Map.of("slotMinutes", 60));
        assertThat(book(owner, court, inTwoDaysAt(9), "+6281200000004", null).status()).isEqualTo(201);
        // Longer slots from now on: 08:00–09:30 overlaps the hour booked at 09:00.
        var longer = api.put("/api/v1/resources/" + court, owner.accessToken(), Map.of("name", "Lapangan Panjang",
                "type", "futsal", "price", "150000.00", "currency", "IDR", "timezone", "Asia/Jakarta", "slotMinutes", 90));
        assertThat(longer.status()).isEqualTo(200);
        assertThat(book(owner, court, inTwoDaysAt(8), "+6281200000005", null).status()).isEqualTo(409);

        // 11:00–12:30 and 12:30–14:00 (moved from a booking at 14:00) race for the same minutes as 12:30–14:00 does.
        Instant halfPastTwelve = inTwoDaysAt(12).plus(Duration.ofMinutes(30));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String phone = "+62812000200%02d".formatted(i);
                Instant start = i % 2 == 0 ? halfPastTwelve : halfPastTwelve.plus(Duration.ofMinutes(90));
                calls.add(() -> book(owner, court, start, phone, null).status());
            }
            long booked = 0;
            for (Future<Integer> result : pool.invokeAll(calls)) {
                booked += result.get() == 201 ? 1 : 0;
            }
            assertThat(booked).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void movesSeriesAndSingleBookingsRacingForOneSlotLeaveExactlyOneBookingThere() throws Exception {
        Account owner = api.signUp();
        UUID court = court(owner);
        Instant wanted = inTwoDaysAt(14);
        Instant weekLater = wanted.atZone(JAKARTA).plusWeeks(1).toInstant();
        List<UUID> movers = new ArrayList<>();
        for (int hour = 8; hour < 14; hour++) {
            movers.add(book(owner, court, inTwoDaysAt(hour), "+62812000400%02d".formatted(hour), null).id());
        }
        List<Callable<Integer>> calls = new ArrayList<>();
        for (UUID mover : movers) {
            calls.add(() -> api.patch("/api/v1/bookings/" + mover, owner.accessToken(), Map.of("start", wanted.toString())).status());
        }
        for (int i = 0; i < 6; i++) {
            String phone = "+62812000410%02d".formatted(i);
            calls.add(() -> api.post("/api/v1/bookings", owner.accessToken(), Map.of("resourceId", court.toString(),
                    "start", wanted.toString(), "customerPhone", phone,
                    "repeat", Map.of("frequency", "WEEKLY", "count", 2, "policy", "REFUSE_ALL"))).status());
            String single = "+62812000420%02d".formatted(i);
            calls.add(() -> book(owner, court, wanted, single, null).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).filteredOn(status -> status == 200 || status == 201).hasSize(1);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(calls.size() - 1);
        var atWanted = api.get("/api/v1/bookings?resourceId=" + court + "&from=" + wanted + "&to=" + wanted.plusSeconds(60),
                owner.accessToken());
        assertThat((Integer) atWanted.read("$.total")).isEqualTo(1);
        var weekAfter = api.get("/api/v1/bookings?resourceId=" + court + "&from=" + weekLater + "&to=" + weekLater.plusSeconds(60),
                owner.accessToken());
        // A series that lost booked neither occurrence; one that won booked both.
        boolean seriesWon = atWanted.body().jsonString().contains("\"seriesId\"");
        assertThat((Integer) weekAfter.read("$.total")).isEqualTo(seriesWon ? 1 : 0);
    }

    @Test
    void aMoveIntoATakenSlotIsRefusedAndIntoAFreeOneIsPricedAnew() {
        Account owner = api.signUp();
        UUID court = court(owner);
        api.post("/api/v1/pricing-rules", owner.accessToken(), Map.of("resourceId", court.toString(), "name", "Night",
                "days", List.of(WEEK), "from", "20:00", "to", "22:00", "price", "300000.00"));
        UUID first = book(owner, court, inTwoDaysAt(10), "+6281200000006", null).id();
        UUID second = book(owner, court, inTwoDaysAt(11), "+6281200000007", null).id();

        assertThat(api.patch("/api/v1/bookings/" + second, owner.accessToken(), Map.of("start", inTwoDaysAt(10).toString()))
                .status()).isEqualTo(409);
        var moved = api.patch("/api/v1/bookings/" + second, owner.accessToken(), Map.of("start", inTwoDaysAt(20).toString()));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("$.price")).isEqualTo("300000.00");
        assertThat(book(owner, court, inTwoDaysAt(11), "+6281200000008", null).status()).isEqualTo(201);
        assertThat(api.get("/api/v1/bookings/" + first, owner.accessToken()).text("$.start")).isEqualTo(inTwoDaysAt(10).toString());
    }

    private Api.Reply bookUntil(Account owner, UUID resourceId, Instant start, Instant end, String phone) {
        return api.post("/api/v1/bookings", owner.accessToken(), Map.of("resourceId", resourceId.toString(),
                "start", start.toString(), "end", end.toString(), "customerPhone", phone));
    }

    @Test
    void aBookingOfSeveralSlotsCostsTheirSumAndResizesOnlyIntoFreeSlotsThatFollowOneAnother() {
        Account owner = api.signUp();
        UUID court = court(owner);
        api.post("/api/v1/pricing-rules", owner.accessToken(), Map.of("resourceId", court.toString(), "name", "Peak",
                "days", List.of(WEEK), "from", "18:00", "to", "22:00", "multiplier", "1.5"));
        // 17:00–19:00: an hour at the base price and an hour at the peak price.
        var twoHours = bookUntil(owner, court, inTwoDaysAt(17), inTwoDaysAt(19), "+6281200000040");
        assertThat(twoHours.status()).isEqualTo(201);
        assertThat(twoHours.text("$.end")).isEqualTo(inTwoDaysAt(19).toString());
        assertThat(twoHours.text("$.price")).isEqualTo("375000.00");
        UUID booking = twoHours.id();
        assertThat(book(owner, court, inTwoDaysAt(18), "+6281200000041", null).status()).isEqualTo(409);
        assertThat(book(owner, court, inTwoDaysAt(20), "+6281200000042", null).status()).isEqualTo(201);

        var intoTheNextBooking = api.patch("/api/v1/bookings/" + booking, owner.accessToken(),
                Map.of("start", inTwoDaysAt(17).toString(), "end", inTwoDaysAt(21).toString()));
        assertThat(intoTheNextBooking.status()).isEqualTo(409);
        var midSlot = api.patch("/api/v1/bookings/" + booking, owner.accessToken(),
                Map.of("start", inTwoDaysAt(17).toString(), "end", inTwoDaysAt(18).plus(Duration.ofMinutes(30)).toString()));
        assertThat(midSlot.status()).isEqualTo(400);
        assertThat(midSlot.text("$.errors[0].field")).isEqualTo("end");
        var pastClosing = bookUntil(owner, court, inTwoDaysAt(21), inTwoDaysAt(23), "+6281200000043");
        assertThat(pastClosing.status()).isEqualTo(400);
        assertThat(pastClosing.text("$.errors[0].field")).isEqualTo("end");
        var backwards = bookUntil(owner, court, inTwoDaysAt(12), inTwoDaysAt(11), "+6281200000043");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("$.errors[0].field")).isEqualTo("end");
        assertThat(api.get("/api/v1/bookings/" + booking, owner.accessToken()).text("$.end")).isEqualTo(inTwoDaysAt(19).toString());

        var shorter = api.patch("/api/v1/bookings/" + booking, owner.accessToken(),
                Map.of("start", inTwoDaysAt(17).toString(), "end", inTwoDaysAt(18).toString()));
        assertThat(shorter.status()).isEqualTo(200);
        assertThat(shorter.text("$.price")).isEqualTo("150000.00");
        assertThat(book(owner, court, inTwoDaysAt(18), "+6281200000044", null).status()).isEqualTo(201);
    }

    @Test
    void aMoveWithoutAnEndKeepsTheBookingsSlotsAndASeriesRepeatsThemAll() {
        Account owner = api.signUp();
        UUID court = court(owner, Map.of("bufferMinutes", 15, "slotMinutes", 45));
        // 09:00–09:45, buffer, 10:00–10:45: one booking from 09:00 to 10:45, the buffer between them its own.
        UUID booking = bookUntil(owner, court, inTwoDaysAt(9), inTwoDaysAt(10).plus(Duration.ofMinutes(45)),
                "+6281200000045").id();

        var moved = api.patch("/api/v1/bookings/" + booking, owner.accessToken(), Map.of("start", inTwoDaysAt(14).toString()));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.text("$.end")).isEqualTo(inTwoDaysAt(15).plus(Duration.ofMinutes(45)).toString());
        assertThat(moved.text("$.price")).isEqualTo("300000.00");

        var misaligned = api.post("/api/v1/bookings", owner.accessToken(), Map.of("resourceId", court.toString(),
                "start", inTwoDaysAt(9).toString(), "end", inTwoDaysAt(10).plus(Duration.ofMinutes(30)).toString(),
                "customerPhone", "+6281200000047", "repeat", Map.of("frequency", "WEEKLY", "count", 2)));
        assertThat(misaligned.status()).isEqualTo(400);
        assertThat(misaligned.text("$.errors[0].field")).isEqualTo("end");
        var series = api.post("/api/v1/bookings", owner.accessToken(), Map.of("resourceId", court.toString(),
                "start", inTwoDaysAt(9).toString(), "end", inTwoDaysAt(10).plus(Duration.ofMinutes(45)).toString(),
                "customerPhone", "+6281200000046", "repeat", Map.of("frequency", "WEEKLY", "count", 2)));
        assertThat(series.status()).isEqualTo(201);
        assertThat(series.<List<String>>read("$.booked[*].end")).containsExactly(
                inTwoDaysAt(10).plus(Duration.ofMinutes(45)).toString(),
                inTwoDaysAt(10).plus(Duration.ofMinutes(45)).atZone(JAKARTA).plusWeeks(1).toInstant().toString());
    }

    @Test
    void bookingsOfOneSlotAndOfSeveralRacingForTheSameHourLeaveOneStanding() throws Exception {
        Account owner = api.signUp();
        UUID court = court(owner);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                String phone = "+62812000300%02d".formatted(i);
                // 09:00–12:00, 10:00–12:00 and 11:00–12:00 all hold the hour from 11:00.
                Instant start = inTwoDaysAt(9 + i % 3);
                calls.add(() -> bookUntil(owner, court, start, inTwoDaysAt(12), phone).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(29);
        } finally {
            pool.shutdown();
        }
        assertThat((Integer) api.get("/api/v1/bookings?resourceId=" + court, owner.accessToken()).read("$.total")).isEqualTo(1);
    }

    @Test
    void aHoldIsConfirmedOrCancelledAndACancelledSlotIsFreeAgain() {
        Account owner = api.signUp();
        UUID court = court(owner);
        var held = book(owner, court, inTwoDaysAt(12), "+6281200000009", "HELD");
        assertThat(held.status()).isEqualTo(201);
        assertThat(held.text("$.status")).isEqualTo("HELD");
        assertThat(held.text("$.holdExpiresAt")).isNotNull();

        var confirmed = api.post("/api/v1/bookings/" + held.id() + "/confirm", owner.accessToken(), null);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.text("$.status")).isEqualTo("CONFIRMED");
        assertThat(api.post("/api/v1/bookings/" + held.id() + "/confirm", owner.accessToken(), null).status()).isEqualTo(409);
        var noShowTooEarly = api.post("/api/v1/bookings/" + held.id() + "/no-show", owner.accessToken(), null);
        assertThat(noShowTooEarly.status()).isEqualTo(409);

        assertThat(api.post("/api/v1/bookings/" + held.id() + "/cancel", owner.accessToken(), null).text("$.status"))
                .isEqualTo("CANCELLED");
        assertThat(book(owner, court, inTwoDaysAt(12), "+6281200000010", null).status()).isEqualTo(201);
    }

    @Test
    void aHoldThatRunsOutExpiresByItselfAndFreesItsSlot() {
        Account owner = api.signUp();
        UUID court = court(owner);
        UUID held = book(owner, court, inTwoDaysAt(13), "+6281200000011", "HELD").id();
        // The hold's minute passes.
        TenantContext.runAs(owner.companyId(), null, () -> {
            jdbc.update("UPDATE bookings SET hold_expires_at = now() WHERE id = ?", held);
            jdbc.update("UPDATE booking_hold_deadlines SET expires_at = now() WHERE booking_id = ?", held);
        });

        await().atMost(Duration.ofSeconds(10)).until(() ->
                api.get("/api/v1/bookings/" + held, owner.accessToken()).text("$.status").equals("EXPIRED"));
        assertThat(api.post("/api/v1/bookings/" + held + "/confirm", owner.accessToken(), null).status()).isEqualTo(409);
        assertThat(book(owner, court, inTwoDaysAt(13), "+6281200000012", null).status()).isEqualTo(201);
    }

    @Test
    void aWeeklySeriesBooksEachFreeOccurrenceAndListsTheTakenOnes() {
        Account owner = api.signUp();
        UUID court = court(owner);
        Instant first = inTwoDaysAt(19);
        assertThat(book(owner, court, first.plus(Duration.ofDays(14)), "+6281200000030", null).status()).isEqualTo(201);
        Map<String, Object> body = new HashMap<>(Map.of("resourceId", court.toString(), "start", first.toString(),
                "customerPhone", "+6281200000031", "repeat", Map.of("frequency", "WEEKLY", "count", 4)));

        var series = api.post("/api/v1/bookings", owner.accessToken(), body);

        assertThat(series.status()).isEqualTo(201);
        List<String> booked = series.read("$.booked[*].start");
        assertThat(booked).containsExactly(first.toString(), first.plus(Duration.ofDays(7)).toString(),
                first.plus(Duration.ofDays(21)).toString());
        assertThat(series.text("$.conflicts[0].start")).isEqualTo(first.plus(Duration.ofDays(14)).toString());
        assertThat(series.text("$.conflicts[0].reason")).contains("already taken");
        assertThat(series.text("$.booked[0].seriesId")).isEqualTo(series.text("$.seriesId"));

        body.put("start", first.plus(Duration.ofDays(7)).minus(Duration.ofHours(1)).toString());
        body.put("repeat", Map.of("frequency", "WEEKLY", "count", 3, "policy", "REFUSE_ALL"));
        body.put("customerPhone", "+6281200000032");
        // The hour before each of the next three 19:00 bookings is free: all or nothing books all three; the same
        // series again finds every occurrence taken.
        assertThat(api.post("/api/v1/bookings", owner.accessToken(), body).status()).isEqualTo(201);
        var refused = api.post("/api/v1/bookings", owner.accessToken(), body);
        assertThat(refused.status()).isEqualTo(409);
        assertThat((List<?>) refused.read("$.conflicts")).hasSize(3);
        assertThat((Integer) api.get("/api/v1/bookings?resourceId=" + court, owner.accessToken()).read("$.total")).isEqualTo(7);
    }

    @Test
    void aRefuseAllSeriesBooksNothingWhenOneOccurrenceIsTaken() {
        Account owner = api.signUp();
        UUID court = court(owner);
        Instant first = inTwoDaysAt(9);
        assertThat(book(owner, court, first.plus(Duration.ofDays(7)), "+6281200000033", null).status()).isEqualTo(201);

        var refused = api.post("/api/v1/bookings", owner.accessToken(), Map.of("resourceId", court.toString(),
                "start", first.toString(), "customerPhone", "+6281200000034",
                "repeat", Map.of("frequency", "WEEKLY", "count", 3, "policy", "REFUSE_ALL")));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.text("$.conflicts[0].start")).isEqualTo(first.plus(Duration.ofDays(7)).toString());
        assertThat((List<?>) refused.read("$.conflicts")).hasSize(1);
        assertThat((Integer) api.get("/api/v1/bookings?resourceId=" + court, owner.accessToken()).read("$.total")).isEqualTo(1);
        var bothLimits = api.post("/api/v1/bookings", owner.accessToken(), Map.of("resourceId", court.toString(),
                "start", first.toString(), "customerPhone", "+6281200000034",
                "repeat", Map.of("frequency", "MONTHLY", "count", 3, "until", "2030-01-01")));
        assertThat(bothLimits.status()).isEqualTo(400);
        assertThat(bothLimits.text("$.errors[0].field")).isEqualTo("repeat.count");
    }

    @Test
    void aBookingsCalendarFileOpensAtItsSignedLinkAndNowhereElse() throws Exception {
        Account owner = api.signUp();
        UUID court = court(owner);
        var booked = book(owner, court, inTwoDaysAt(17), "+6281200000040", null);
        String link = booked.text("$.calendarUrl");
        String path = link.substring(link.indexOf("/calendar/"));

        var file = api.get(path, null);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).startsWith("text/calendar");
        String ics = file.raw().getContentAsString();
        assertThat(ics).contains("BEGIN:VEVENT", "UID:" + booked.id() + "@lyrox", "STATUS:CONFIRMED",
                "DTSTART:" + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                        .withZone(java.time.ZoneOffset.UTC).format(inTwoDaysAt(17)));
        assertThat(api.get(path.replaceAll("sig=.*", "sig=forged"), null).status()).isEqualTo(404);
        assertThat(api.get(path.replace(owner.companyId().toString(), api.signUp().companyId().toString()), null).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/bookings/" + booked.id() + ".ics", owner.accessToken()).status()).isEqualTo(200);

        String feed = api.get("/api/v1/resources/" + court + "/calendar-feed", owner.accessToken()).text("$.url");
        var feedFile = api.get(feed.substring(feed.indexOf("/calendar/")), null);
        assertThat(feedFile.status()).isEqualTo(200);
        assertThat(feedFile.raw().getContentAsString()).contains("SUMMARY:Budi · +6281200000040");
        assertThat(api.get(feed.substring(feed.indexOf("/calendar/")).replace(court.toString(), UUID.randomUUID().toString()),
                null).status()).isEqualTo(404);
    }

    @Test
    void threeNoShowsBarTheChatUntilTheOwnerLiftsIt() {
        Account owner = api.signUp();
        UUID court = court(owner);
        UUID customerId = null;
        for (int hour = 9; hour < 12; hour++) {
            var booked = book(owner, court, inTwoDaysAt(hour), "+6281200000050", null);
            customerId = UUID.fromString(booked.text("$.customerId"));
            // The booking took place a week ago (only a booking that has started can be a no-show).
            UUID id = booked.id();
            TenantContext.runAs(owner.companyId(), null, () -> jdbc.update("""
                    UPDATE bookings SET starts_at = starts_at - interval '9 days', ends_at = ends_at - interval '9 days',
                           blocked_until = blocked_until - interval '9 days' WHERE id = ?""", id));
            assertThat(api.post("/api/v1/bookings/" + id + "/no-show", owner.accessToken(), null).text("$.status"))
                    .isEqualTo("NO_SHOW");
        }

        var standing = api.get("/api/v1/customers/" + customerId + "/booking-standing", owner.accessToken());
        assertThat((Integer) standing.read("$.noShows")).isEqualTo(3);
        assertThat((Boolean) standing.read("$.barred")).isTrue();
        Account agent = api.member(owner, "AGENT");
        assertThat(api.post("/api/v1/customers/" + customerId + "/booking-standing/lift", agent.accessToken(), null).status())
                .isEqualTo(403);
        var lifted = api.post("/api/v1/customers/" + customerId + "/booking-standing/lift", owner.accessToken(), null);
        assertThat((Integer) lifted.read("$.noShows")).isZero();
        assertThat((Boolean) lifted.read("$.barred")).isFalse();
        assertThat(api.get("/api/v1/customers/" + customerId + "/booking-standing", api.signUp().accessToken()).status())
                .isEqualTo(404);
    }

    @Test
    void aListOfBookingsBeyondTheCalendarsTheStoreHoldsIsRefusedNamingTheBound() {
        Account owner = api.signUp();
        var ancient = api.get("/api/v1/bookings?from=-1000000000-01-01T00:00:00Z", owner.accessToken());
        assertThat(ancient.status()).isEqualTo(400);
        assertThat(ancient.text("$.errors[0].field")).isEqualTo("from");
    }

    @Test
    void theUsageShowsThisMonthsBookingsAndTheResourcesAgainstThePlan() {
        Account owner = api.signUp();
        UUID court = court(owner);
        assertThat(book(owner, court, inTwoDaysAt(9), "+6281200000090", null).status()).isEqualTo(201);

        var usage = api.get("/api/v1/bookings/usage", owner.accessToken());

        assertThat(usage.text("$.plan")).isEqualTo("FREE");
        assertThat((Integer) usage.read("$.bookingsThisMonth")).isEqualTo(1);
        assertThat((Integer) usage.read("$.bookingsPerMonth")).isEqualTo(200);
        assertThat((Integer) usage.read("$.resources")).isEqualTo(1);
        assertThat((Integer) usage.read("$.resourcesLimit")).isEqualTo(15);
    }

    @Test
    void aPlanWithoutBookingsTakesNoneAndAPlansLimitsHold() {
        Account owner = api.signUp();
        UUID court = court(owner);
        api.plan(owner, "STARTER");

        var refused = book(owner, court, inTwoDaysAt(9), "+6281200000060", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text("$.detail")).contains("STARTER", "does not include bookings");
        assertThat(api.post("/api/v1/resources", owner.accessToken(), Map.of("name", "Court 2", "price", "1.00",
                "currency", "IDR")).status()).isEqualTo(403);
        assertThat((Integer) api.get("/api/v1/bookings", owner.accessToken()).read("$.total")).isZero();

        api.plan(owner, "PROFESSIONAL");
        for (int i = 1; i < 15; i++) {
            assertThat(api.post("/api/v1/resources", owner.accessToken(), Map.of("name", "Court " + i, "price", "1.00",
                    "currency", "IDR")).status()).isEqualTo(201);
        }
        var sixteenth = api.post("/api/v1/resources", owner.accessToken(), Map.of("name", "Court 16", "price", "1.00",
                "currency", "IDR"));
        assertThat(sixteenth.status()).isEqualTo(403);
        assertThat(sixteenth.text("$.detail")).contains("15 resources");
        assertThat(book(owner, court, inTwoDaysAt(9), "+6281200000060", null).status()).isEqualTo(201);
    }

    @Test
    void theDatabaseRefusesAnOverlappingBookingWhateverTheApplicationDoes() {
        Account owner = api.signUp();
        UUID court = court(owner);
        UUID booked = book(owner, court, inTwoDaysAt(10), "+6281200000070", null).id();

        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> TenantContext.runAs(owner.companyId(), null, () ->
                jdbc.update("""
                        INSERT INTO bookings (id, company_id, resource_id, customer_id, starts_at, ends_at, blocked_until,
                                              exclusive, status, price, currency)
                        SELECT gen_random_uuid(), company_id, resource_id, customer_id, starts_at + interval '30 minutes',
                               ends_at + interval '30 minutes', blocked_until + interval '30 minutes', true, 'CONFIRMED',
                               price, currency FROM bookings WHERE id = ?""", booked)));

        assertThat(refused).hasMessageContaining("no_double_booking");
    }

    @Test
    void theDatabaseRefusesABookingLongerThanTwoDaysThatReadsOfAPeriodWouldMiss() {
        Account owner = api.signUp();
        UUID court = court(owner);
        UUID booked = book(owner, court, inTwoDaysAt(10), "+6281200000071", null).id();

        var refused = org.assertj.core.api.Assertions.catchThrowable(() -> TenantContext.runAs(owner.companyId(), null, () ->
                jdbc.update("UPDATE bookings SET ends_at = starts_at + interval '3 days', blocked_until = starts_at + interval '3 days'"
                        + " WHERE id = ?", booked)));

        assertThat(refused).hasMessageContaining("bookings_at_most_two_days");
    }

    @Test
    void aResourceWhoseCapacityWentDownToOneTakesNoOverlapWithTheBookingsMadeBefore() {
        Account owner = api.signUp();
        UUID room = court(owner, Map.of("type", "class", "capacity", 2));
        assertThat(book(owner, room, inTwoDaysAt(9), "+6281200000071", null).status()).isEqualTo(201);
        assertThat(api.put("/api/v1/resources/" + room, owner.accessToken(), Map.of("name", "Sala", "type", "class",
                "price", "150000.00", "currency", "IDR", "timezone", "Asia/Jakarta", "capacity", 1)).status()).isEqualTo(200);

        assertThat(book(owner, room, inTwoDaysAt(9), "+6281200000072", null).status()).isEqualTo(409);
    }

    @Test
    void aGroupClassTakesBookingsUntilItIsFull() {
        Account owner = api.signUp();
        UUID yoga = court(owner, Map.of("type", "class", "capacity", 2));

        assertThat(book(owner, yoga, inTwoDaysAt(9), "+6281200000013", null).status()).isEqualTo(201);
        assertThat(book(owner, yoga, inTwoDaysAt(9), "+6281200000014", null).status()).isEqualTo(201);
        assertThat(book(owner, yoga, inTwoDaysAt(9), "+6281200000015", null).status()).isEqualTo(409);
    }

    @Test
    void refusesStartsOutsideTheResourcesSlotsNoticeAndClosures() {
        Account owner = api.signUp();
        UUID court = court(owner, Map.of("minNoticeMinutes", 60 * 24 * 3));
        var tooSoon = book(owner, court, inTwoDaysAt(9), "+6281200000016", null);
        assertThat(tooSoon.status()).isEqualTo(400);
        assertThat(tooSoon.text("$.errors[0].field")).isEqualTo("start");
        assertThat(tooSoon.text("$.detail")).contains("minutes from now");

        UUID open = court(owner);
        assertThat(book(owner, open, inTwoDaysAt(9).plus(Duration.ofMinutes(15)), "+6281200000017", null).status()).isEqualTo(400);
        assertThat(book(owner, open, inTwoDaysAt(23), "+6281200000018", null).status()).isEqualTo(400);
        var closure = api.post("/api/v1/resources/" + open + "/closures", owner.accessToken(), Map.of(
                "start", inTwoDaysAt(0).toString(), "end", inTwoDaysAt(0).plus(Duration.ofDays(1)).toString(), "reason", "Libur"));
        assertThat(closure.status()).isEqualTo(201);
        assertThat(book(owner, open, inTwoDaysAt(9), "+6281200000019", null).status()).isEqualTo(400);
        assertThat((List<?>) api.get("/api/v1/availability?resourceId=" + open + "&date=" + LocalDate.now(JAKARTA).plusDays(2),
                owner.accessToken()).read("$.slots")).isEmpty();
        assertThat(api.get("/api/v1/bookings", owner.accessToken()).<Integer>read("$.total")).isZero();
    }

    @Test
    void refusesBadSettingsNamingTheField() {
        Account owner = api.signUp();
        var badZone = api.post("/api/v1/resources", owner.accessToken(), Map.of("name", "X", "price", "1.00",
                "currency", "IDR", "timezone", "Mars/Olympus"));
        assertThat(badZone.status()).isEqualTo(400);
        assertThat(badZone.text("$.errors[0].field")).isEqualTo("timezone");
        UUID court = court(owner);
        var overlapping = api.put("/api/v1/resources/" + court + "/hours", owner.accessToken(), List.of(
                Map.of("dayOfWeek", "MONDAY", "opens", "08:00", "closes", "12:00"),
                Map.of("dayOfWeek", "MONDAY", "opens", "11:00", "closes", "14:00")));
        assertThat(overlapping.status()).isEqualTo(400);
        var backwards = api.put("/api/v1/resources/" + court + "/hours", owner.accessToken(), List.of(
                Map.of("dayOfWeek", "MONDAY", "opens", "12:00", "closes", "08:00")));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("$.errors[0].field")).isEqualTo("[0].closes");
        assertThat((List<?>) api.get("/api/v1/resources/" + court + "/hours", owner.accessToken()).read("$")).hasSize(7);
        var bothPrices = api.post("/api/v1/pricing-rules", owner.accessToken(), Map.of("name", "Odd", "days", List.of("MONDAY"),
                "from", "08:00", "to", "09:00", "multiplier", "2", "price", "1.00"));
        assertThat(bothPrices.status()).isEqualTo(400);
        assertThat(book(owner, court, inTwoDaysAt(9), "not-a-phone", null).status()).isEqualTo(400);
    }

    @Test
    void anotherCompanysResourcesAndBookingsAreNotFound() {
        Account owner = api.signUp();
        UUID court = court(owner);
        UUID booking = book(owner, court, inTwoDaysAt(15), "+6281200000020", null).id();
        Account stranger = api.signUp();

        assertThat(api.get("/api/v1/resources/" + court, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/resources/" + court + "/hours", stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/bookings/" + booking, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/bookings/" + booking + "/cancel", stranger.accessToken(), null).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/availability?resourceId=" + court, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(book(stranger, court, inTwoDaysAt(16), "+6281200000021", null).status()).isEqualTo(400);
        assertThat(api.get("/api/v1/bookings", stranger.accessToken()).<Integer>read("$.total")).isZero();
        assertThat(api.get("/api/v1/bookings/" + booking, owner.accessToken()).text("$.status")).isEqualTo("CONFIRMED");
    }

    @Test
    void viewersReadAndAgentsBookButOnlyAdminsManageResources() {
        Account owner = api.signUp();
        UUID court = court(owner);
        Account viewer = api.member(owner, "VIEWER");
        Account agent = api.member(owner, "AGENT");

        assertThat(api.get("/api/v1/resources/" + court, viewer.accessToken()).status()).isEqualTo(200);
        assertThat(book(viewer, court, inTwoDaysAt(9), "+6281200000022", null).status()).isEqualTo(403);
        assertThat(book(agent, court, inTwoDaysAt(9), "+6281200000022", null).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/resources", agent.accessToken(), Map.of("name", "X", "price", "1.00", "currency", "IDR"))
                .status()).isEqualTo(403);
    }

    @Test
    void aDaysSummaryCountsItsBookingsTheOpenTimeTheyFillAndWhatTheConfirmedOnesAreWorth() {
        Account owner = api.signUp();
        UUID court = court(owner);
        LocalDate day = LocalDate.now(JAKARTA).plusDays(2);
        assertThat(api.post("/api/v1/resources/" + court + "/closures", owner.accessToken(), Map.of(
                "start", inTwoDaysAt(12).toString(), "end", inTwoDaysAt(14).toString(), "reason", "Maintenance")).status())
                .isEqualTo(201);
        assertThat(book(owner, court, inTwoDaysAt(10), "+6281200000030", null).status()).isEqualTo(201);
        assertThat(book(owner, court, inTwoDaysAt(19), "+6281200000031", null).status()).isEqualTo(201);
        UUID cancelled = book(owner, court, inTwoDaysAt(20), "+6281200000032", null).id();
        assertThat(api.post("/api/v1/bookings/" + cancelled + "/cancel", owner.accessToken(), null).status()).isEqualTo(200);
        assertThat(book(owner, court, inTwoDaysAt(21), "+6281200000033", "HELD").status()).isEqualTo(201);

        var summary = api.get("/api/v1/bookings/summary?date=" + day, owner.accessToken());

        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.text("$.date")).isEqualTo(day.toString());
        assertThat(summary.<Integer>read("$.bookings")).isEqualTo(3);
        // Open 08:00-22:00 less the two hours closed: 720 minutes, of which three hours are booked or held.
        assertThat(summary.<Double>read("$.occupancyRate")).isEqualTo(0.25);
        assertThat(summary.text("$.revenue[0].currency")).isEqualTo("IDR");
        assertThat(summary.text("$.revenue[0].amount")).isEqualTo("300000.00");
        var strangers = api.get("/api/v1/bookings/summary?date=" + day, api.signUp().accessToken());
        assertThat(strangers.<Integer>read("$.bookings")).isZero();
        assertThat((List<?>) strangers.read("$.revenue")).isEmpty();
    }

    @Test
    void aFreedSlotIsHeldForTheFirstInLineAndAnOfferLetGoGoesToTheNext() {
        Account owner = api.signUp();
        UUID court = court(owner);
        UUID taken = book(owner, court, inTwoDaysAt(19), "+6281200000040", null).id();
        Map<String, Object> wait = new HashMap<>(Map.of("resourceId", court.toString(), "start", inTwoDaysAt(19).toString()));
        wait.put("customerPhone", "+6281200000041");
        var first = api.post("/api/v1/waitlist", owner.accessToken(), wait);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("$.status")).isEqualTo("WAITING");
        assertThat(api.post("/api/v1/waitlist", owner.accessToken(), wait).text("$.id")).isEqualTo(first.text("$.id"));
        wait.put("customerPhone", "+6281200000042");
        var second = api.post("/api/v1/waitlist", owner.accessToken(), wait);
        assertThat(second.status()).isEqualTo(201);
        var free = api.post("/api/v1/waitlist", owner.accessToken(), Map.of("resourceId", court.toString(),
                "start", inTwoDaysAt(10).toString(), "customerPhone", "+6281200000043"));
        assertThat(free.status()).isEqualTo(409);
        assertThat(free.text("$.detail")).contains("free");

        assertThat(api.post("/api/v1/bookings/" + taken + "/cancel", owner.accessToken(), null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> "OFFERED".equals(entry(owner, first.id()).get("status")));
        String hold = (String) entry(owner, first.id()).get("offeredBookingId");
        var held = api.get("/api/v1/bookings/" + hold, owner.accessToken());
        assertThat(held.text("$.status")).isEqualTo("HELD");
        assertThat(held.text("$.customerPhone")).isEqualTo("+6281200000041");
        assertThat(Instant.parse(held.text("$.holdExpiresAt"))).isAfter(Instant.now().plus(Duration.ofHours(23)));
        assertThat(entry(owner, second.id()).get("status")).isEqualTo("WAITING");

        assertThat(api.post("/api/v1/bookings/" + hold + "/cancel", owner.accessToken(), null).status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).until(() -> "OFFERED".equals(entry(owner, second.id()).get("status")));
        assertThat(entry(owner, first.id()).get("status")).isEqualTo("EXPIRED");
        var secondHold = api.get("/api/v1/bookings/" + entry(owner, second.id()).get("offeredBookingId"), owner.accessToken());
        assertThat(secondHold.text("$.customerPhone")).isEqualTo("+6281200000042");
        assertThat(api.delete("/api/v1/waitlist/" + second.id(), api.signUp().accessToken()).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/waitlist", api.signUp().accessToken()).<Integer>read("$.total")).isZero();
        assertThat(api.delete("/api/v1/waitlist/" + second.id(), owner.accessToken()).status()).isEqualTo(204);
        await().atMost(Duration.ofSeconds(20)).until(() -> "CANCELLED".equals(
                api.get("/api/v1/bookings/" + secondHold.text("$.id"), owner.accessToken()).text("$.status")));
    }

    private Map<String, Object> entry(Account owner, UUID id) {
        List<Map<String, Object>> items = api.get("/api/v1/waitlist?size=100", owner.accessToken()).read("$.items");
        return items.stream().filter(item -> id.toString().equals(item.get("id"))).findFirst().orElseThrow();
    }
}
