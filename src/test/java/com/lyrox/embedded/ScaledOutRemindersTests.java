package com.lyrox.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.lyrox.support.AppProcess;
import com.lyrox.support.GraphStub;
import com.lyrox.support.HttpApi;
import com.lyrox.support.WebhookBurst;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Booking reminders with two instances on one PostgreSQL, both running the reminder job twice a
 * second: as the reminders of twenty confirmed bookings fall due one after another, each customer
 * is reminded of their booking once, in their language, by whichever instance claimed the
 * reminder, never by both; and every reminder is marked sent.
 */
class ScaledOutRemindersTests {

    private static final int CUSTOMERS = 20;
    /** Generous: on a busy machine the instances take several times the usual few seconds to answer and remind. */
    private static final Duration PATIENCE = Duration.ofSeconds(180);
    /** Generous: on a busy machine a start takes several times the usual 10 s. */
    private static final Duration START = Duration.ofSeconds(240);
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final String COURT = "Pista 3";
    private static final LocalTime FIRST_BOOKING = LocalTime.of(9, 0);
    private static final Pattern REMINDER_RUNS = Pattern.compile(
            "(?m)^tasks_scheduled_execution_seconds_count\\{[^}]*code_function=\"sendDue\"[^}]*} ([0-9.E]+)$");

    /** A customer who wrote in, and the booking they were given. */
    private record Booked(String waId, UUID bookingId, LocalDate day, LocalTime time) {

        String expectedReminder() {
            return "Recordatorio: tu reserva de " + COURT + " es el " + day + " a las " + time + ". ¡Te esperamos!";
        }
    }

    private final Path directory = Path.of("target", "scaled-out-reminders-test-" + UUID.randomUUID()).toAbsolutePath();
    private final GraphStub graph = new GraphStub();
    private SharedStores stores;
    private AppProcess first;
    private AppProcess second;

    @AfterEach
    void stopEverything() {
        for (AppProcess app : new AppProcess[] {first, second}) {
            if (app != null) {
                app.close();
            }
        }
        graph.close();
        if (stores != null) {
            stores.close();
        }
    }

    @Test
    void twoInstancesRunningTheReminderJobRemindEachCustomerOfTheirBookingExactlyOnce() throws SQLException, InterruptedException {
        stores = SharedStores.start(directory);
        // Beside the stores' directory, so that they outlive a failed run.
        first = AppProcess.start(Path.of(directory + "-first.log"), remindingTwiceASecond(stores.properties("first")));
        second = AppProcess.start(Path.of(directory + "-second.log"), remindingTwiceASecond(stores.properties("second")));
        first.awaitHealthy(START);
        second.awaitHealthy(START);
        HttpApi one = new HttpApi(first.baseUrl());
        HttpApi two = new HttpApi(second.baseUrl());
        HttpApi.Company company = one.signUpWithChannel(graph);

        // Each customer writes first, so each has a conversation and an open 24 h window to be reminded in.
        WebhookBurst customers = WebhookBurst.of(company, CUSTOMERS, 34_600_100_000L);
        customers.send(List.of(one, two), 4, acknowledged -> { });
        customers.redeliver(two, PATIENCE);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(customers.repliesPerCustomer(graph, company.phoneNumberId()))
                .as("answers per customer").allSatisfy((customer, answers) -> assertThat(answers).as(customer).isPositive()));
        List<Booked> bookings = bookEachCustomer(one, company.token(), customers.messages());

        try (Connection database = stores.connect()) {
            recordEachClaim(database);
            assertThat(count(database, "SELECT count(*) FROM booking_reminders WHERE sent_at IS NULL")).isEqualTo(CUSTOMERS);
            double firstRunsBefore = reminderRuns(one);
            double secondRunsBefore = reminderRuns(two);
            fallDueOneAfterAnother(database);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(remindersPerCustomer(company.phoneNumberId()))
                    .as("customers reminded").hasSize(CUSTOMERS));
            // A reminder sent twice would come from the other instance's next runs: give it a few of them to show.
            Thread.sleep(Duration.ofSeconds(5).toMillis());

            assertThat(remindersPerCustomer(company.phoneNumberId())).as("reminders per customer").isEqualTo(bookings.stream()
                    .collect(Collectors.toMap(Booked::waId, booked -> List.of(booked.expectedReminder()))));
            assertThat(graph.messages(company.phoneNumberId())).as("templates sent")
                    .noneMatch(call -> "template".equals(call.json().read("$.type")));
            assertThat(count(database, "SELECT count(*) FROM booking_reminders WHERE sent_at IS NULL")).as("reminders unsent").isZero();
            Map<UUID, List<String>> claims = claimsPerBooking(database);
            assertThat(claims.keySet()).as("bookings whose reminder was claimed")
                    .containsExactlyInAnyOrderElementsOf(bookings.stream().map(Booked::bookingId).toList());
            assertThat(claims).as("claims per booking")
                    .allSatisfy((booking, claimedBy) -> assertThat(claimedBy).as(booking.toString()).hasSize(1));
            assertThat(reminderRuns(one)).as("runs of the reminder job on the first instance").isGreaterThan(firstRunsBefore);
            assertThat(reminderRuns(two)).as("runs of the reminder job on the second instance").isGreaterThan(secondRunsBefore);
            System.out.printf("%d reminders: %s%n", CUSTOMERS, claims.values().stream()
                    .collect(Collectors.groupingBy(claimedBy -> claimedBy.get(0), Collectors.counting())));
        }
    }

    private static Map<String, String> remindingTwiceASecond(Map<String, String> properties) {
        Map<String, String> reminding = new HashMap<>(properties);
        reminding.put("lyrox.bookings.reminder-interval", "500ms");
        return reminding;
    }

    /** A court open every day, and a confirmed booking the day after tomorrow for each customer, half an hour apart. */
    private static List<Booked> bookEachCustomer(HttpApi api, String token, List<WebhookBurst.Message> customers) {
        String court = JsonPath.read(HttpApi.expect(201, api.post("/api/v1/resources", token, """
                {"name":"%s","type":"padel","slotMinutes":30,"price":"24.00","currency":"EUR","timezone":"%s"}"""
                .formatted(COURT, MADRID))), "$.id");
        String everyDay = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY").stream()
                .map(weekday -> "{\"dayOfWeek\":\"%s\",\"opens\":\"08:00\",\"closes\":\"23:00\"}".formatted(weekday))
                .collect(Collectors.joining(",", "[", "]"));
        HttpApi.expect(200, api.put("/api/v1/resources/" + court + "/hours", token, everyDay));
        LocalDate day = LocalDate.now(MADRID).plusDays(2);
        return IntStream.range(0, customers.size()).mapToObj(i -> {
            WebhookBurst.Message customer = customers.get(i);
            LocalTime time = FIRST_BOOKING.plusMinutes(30L * i);
            String booking = HttpApi.expect(201, api.post("/api/v1/bookings", token, """
                    {"resourceId":"%s","start":"%s","customerPhone":"+%s"}"""
                    .formatted(court, day.atTime(time).atZone(MADRID).toInstant(), customer.waId())));
            assertThat(JsonPath.<String>read(booking, "$.status")).isEqualTo("CONFIRMED");
            return new Booked(customer.waId(), UUID.fromString(JsonPath.read(booking, "$.id")), day, time);
        }).toList();
    }

    /** The reminder texts the Graph API received, per customer. */
    private Map<String, List<String>> remindersPerCustomer(String phoneNumberId) {
        return graph.messages(phoneNumberId).stream()
                .filter(call -> "text".equals(call.json().read("$.type")))
                .filter(call -> call.json().<String>read("$.text.body").startsWith("Recordatorio: tu reserva de " + COURT))
                .collect(Collectors.groupingBy(call -> call.json().<String>read("$.to"),
                        Collectors.mapping(call -> call.json().<String>read("$.text.body"), Collectors.toList())));
    }

    /** Each time a reminder is marked sent, which instance's session did it (its application_name). */
    private static void recordEachClaim(Connection database) throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute("CREATE TABLE reminder_claims (booking_id UUID NOT NULL, claimed_by TEXT NOT NULL)");
            statement.execute("""
                    CREATE FUNCTION record_reminder_claim() RETURNS trigger LANGUAGE plpgsql AS $$
                    BEGIN
                      INSERT INTO reminder_claims VALUES (NEW.booking_id, current_setting('application_name'));
                      RETURN NULL;
                    END $$""");
            statement.execute("""
                    CREATE TRIGGER reminder_claimed AFTER UPDATE OF sent_at ON booking_reminders
                    FOR EACH ROW WHEN (NEW.sent_at IS NOT NULL) EXECUTE FUNCTION record_reminder_claim()""");
        }
    }

    /** The reminders fall due a quarter of a second apart, as the bookings' times come up. */
    private static void fallDueOneAfterAnother(Connection database) throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.executeUpdate("""
                    UPDATE booking_reminders SET remind_at = now() + due.position * interval '250 milliseconds'
                      FROM (SELECT booking_id, row_number() OVER (ORDER BY remind_at) AS position FROM booking_reminders) due
                     WHERE booking_reminders.booking_id = due.booking_id""");
        }
    }

    private static Map<UUID, List<String>> claimsPerBooking(Connection database) throws SQLException {
        Map<UUID, List<String>> claims = new HashMap<>();
        try (Statement statement = database.createStatement();
             ResultSet rows = statement.executeQuery("SELECT booking_id, claimed_by FROM reminder_claims")) {
            while (rows.next()) {
                claims.computeIfAbsent(rows.getObject("booking_id", UUID.class), booking -> new ArrayList<>())
                        .add(rows.getString("claimed_by"));
            }
        }
        return claims;
    }

    private static long count(Connection database, String query) throws SQLException {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** How many times the instance ran the reminder job, from its metrics. */
    private static double reminderRuns(HttpApi instance) {
        Matcher runs = REMINDER_RUNS.matcher(HttpApi.expect(200, instance.get("/actuator/prometheus", null)));
        assertThat(runs.find()).as("the reminder job's runs among the metrics").isTrue();
        return Double.parseDouble(runs.group(1));
    }
}
