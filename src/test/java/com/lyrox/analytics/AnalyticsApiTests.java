package com.lyrox.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.Api.Account;
import com.lyrox.support.GraphStub;
import com.lyrox.support.WhatsAppFixture;
import com.lyrox.support.LyroxTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The figures of a period against what the API itself lists: the funnel of the customers first in
 * touch, revenue by day and product, payment links sent against paid; another company sees none
 * of them, and a period that makes no sense is a 400 naming the field.
 */
@LyroxTest
class AnalyticsApiTests {

    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    private UUID customer(Account owner, String phone, String stage) {
        UUID id = api.post("/api/v1/customers", owner.accessToken(), Map.of("phone", phone, "name", "C " + phone)).id();
        if (!"LEAD".equals(stage)) {
            api.patch("/api/v1/customers/" + id + "/stage", owner.accessToken(), Map.of("stage", stage));
        }
        return id;
    }

    private UUID sale(Account owner, UUID customer, UUID product) {
        return api.post("/api/v1/sales", owner.accessToken(), Map.of("customerId", customer, "productId", product)).id();
    }

    @Test
    void theFiguresOfThePeriodMatchWhatTheApiListsAndBelongToTheirCompanyAlone() {
        Account owner = api.signUp();
        String token = owner.accessToken();
        UUID monthly = api.post("/api/v1/products", token, Api.productBody("Plan Mensual", "49.00")).id();
        UUID personal = api.post("/api/v1/products", token, Api.productBody("Plan Personalizado", "120.00")).id();
        UUID ana = customer(owner, "+5491155551001", "LEAD");
        UUID beto = customer(owner, "+5491155551002", "QUALIFIED");
        UUID carla = customer(owner, "+5491155551003", "LEAD");
        customer(owner, "+5491155551004", "CHURNED");
        api.post("/api/v1/sales/" + sale(owner, carla, personal) + "/complete", token, Map.of());
        api.post("/api/v1/sales/" + sale(owner, carla, monthly) + "/complete", token, Map.of());
        api.post("/api/v1/sales/" + sale(owner, beto, monthly) + "/fail", token, Map.of());
        sale(owner, ana, monthly);

        // A paid sale makes its customer a CUSTOMER after the payment's transaction.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                api.get("/api/v1/customers/" + carla, token).text("$.stage")).isEqualTo("CUSTOMER"));
        var funnel = api.get("/api/v1/analytics/funnel", token);
        assertThat((Integer) funnel.read("$.contacted")).isEqualTo(4);
        assertThat(funnel.<List<String>>read("$.steps[*].stage")).containsExactly("LEAD", "QUALIFIED", "CUSTOMER");
        // Carla paid, so she is a CUSTOMER now, and counts as having been qualified too.
        assertThat(funnel.<List<Integer>>read("$.steps[*].count")).containsExactly(4, 2, 1);
        assertThat(((Number) funnel.read("$.steps[2].fromPrevious")).doubleValue()).isEqualTo(0.5);
        assertThat((Integer) funnel.read("$.churned")).isEqualTo(1);
        // Every step was made within the test's seconds: the store recorded each stage change as it happened.
        assertThat(((Number) funnel.read("$.steps[1].medianDays")).doubleValue()).isBetween(0.0, 0.1);
        assertThat(((Number) funnel.read("$.steps[2].medianDays")).doubleValue()).isBetween(0.0, 0.1);
        assertThat(funnel.<Map<String, Object>>read("$.steps[0]")).doesNotContainKey("medianDays");

        var revenue = api.get("/api/v1/analytics/revenue", token);
        assertThat(revenue.text("$.totals[0].amount")).isEqualTo("169.00");
        assertThat((Integer) revenue.read("$.totals[0].sales")).isEqualTo(2);
        assertThat(revenue.text("$.totals[0].average")).isEqualTo("84.50");
        assertThat(revenue.<List<String>>read("$.products[*].name")).containsExactly("Plan Personalizado", "Plan Mensual");
        assertThat(revenue.<List<Object>>read("$.days")).hasSize(30);
        String today = LocalDate.now(ZoneId.of(revenue.text("$.zone"))).toString();
        assertThat(revenue.<List<String>>read("$.days[?(@.day == '" + today + "')].amount")).containsExactly("169.00");

        var links = api.get("/api/v1/analytics/payment-links", token);
        assertThat(List.of((Integer) links.read("$.sent"), (Integer) links.read("$.paid"), (Integer) links.read("$.pending"),
                (Integer) links.read("$.failed"))).containsExactly(4, 2, 1, 1);
        assertThat(((Number) links.read("$.paidRate")).doubleValue()).isEqualTo(0.5);
        assertThat(links.<Object>read("$.medianMinutesToPay")).isNotNull();

        var conversations = api.get("/api/v1/analytics/conversations?from=" + today + "&to=" + today, token);
        assertThat(conversations.<List<Object>>read("$.days")).hasSize(1);

        Account other = api.signUp();
        assertThat((Integer) api.get("/api/v1/analytics/funnel", other.accessToken()).read("$.contacted")).isZero();
        assertThat(api.get("/api/v1/analytics/revenue", other.accessToken()).<List<Object>>read("$.totals")).isEmpty();
        assertThat((Integer) api.get("/api/v1/analytics/payment-links", other.accessToken()).read("$.sent")).isZero();
    }

    @Test
    void theAiAndPeoplesRepliesOfTheDayAreCountedApart() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        String token = whatsapp.owner().accessToken();
        api.post("/api/v1/products", token, Api.productBody("Plan Mensual", "49.00"));
        whatsapp.deliver(whatsapp.text("5491155552001", "Eva", "wamid.AN1", "Hola, ¿cuánto cuesta el plan mensual?"));
        await().atMost(Duration.ofSeconds(20)).until(() -> !graph.messages(whatsapp.phoneNumberId()).isEmpty());
        String conversation = api.get("/api/v1/conversations", token).text("$.items[0].id");
        assertThat(api.post("/api/v1/conversations/" + conversation + "/messages", token, Map.of("text", "¡Hola Eva! Soy Lucía."))
                .status()).isEqualTo(201);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var day = api.get("/api/v1/analytics/conversations", token);
            assertThat((Integer) day.read("$.started")).isEqualTo(1);
            assertThat((Integer) day.read("$.aiReplies")).isEqualTo(1);
            assertThat((Integer) day.read("$.humanReplies")).isEqualTo(1);
            assertThat(((Number) day.read("$.aiShare")).doubleValue()).isEqualTo(0.5);
        });
    }

    @Test
    void theWaitsForAReplyHowLongAConversationStayedOpenAndWhyItWentToAPersonAreMeasured() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        String token = whatsapp.owner().accessToken();
        api.post("/api/v1/products", token, Api.productBody("Plan Mensual", "49.00"));
        String customer = "5491155552201";
        // The AI answers the opening question, then hands a complaint to a person with a reply of its own.
        say(whatsapp, customer, "wamid.RT1", "Hola, ¿cuánto cuesta el plan mensual?", 1);
        say(whatsapp, customer, "wamid.RT2", "Quiero un reembolso, el servicio fue pésimo", 2);
        String conversation = api.get("/api/v1/conversations", token).text("$.items[0].id");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                "HUMAN_HANDLING".equals(api.get("/api/v1/conversations/" + conversation, token).text("$.status")));
        // The customer waits for the person, who answers and closes the conversation.
        whatsapp.deliver(whatsapp.text(customer, "Eva", "wamid.RT3", "¿Hola? ¿Alguien?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/conversations/" + conversation + "/messages", token)
                .<List<Object>>read("$.items").size() == 5);
        assertThat(api.post("/api/v1/conversations/" + conversation + "/messages", token, Map.of("text", "Hola Eva, soy Lucía: "
                + "te devolvemos el cobro doble hoy.")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/conversations/" + conversation + "/close", token, null).status()).isEqualTo(200);
        // Written again, the closed conversation opens anew and its first reply is a first reply again.
        say(whatsapp, customer, "wamid.RT4", "¿Cuánto cuesta el plan mensual?", 4);

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            var times = api.get("/api/v1/analytics/response-times", token);
            assertThat((Integer) times.read("$.response.all.count")).isEqualTo(4);
            assertThat((Integer) times.read("$.response.ai.count")).isEqualTo(3);
            assertThat((Integer) times.read("$.response.human.count")).isEqualTo(1);
            assertThat((Integer) times.read("$.firstResponse.all.count")).isEqualTo(2);
            assertThat((Integer) times.read("$.firstResponse.human.count")).isZero();
            assertThat((Integer) times.read("$.resolution.count")).isEqualTo(1);
        });
        var times = api.get("/api/v1/analytics/response-times", token);
        // The AI answers within the debounce window and a turn; the person's wait is the test's own pace.
        assertThat(((Number) times.read("$.response.ai.p50Seconds")).doubleValue()).isBetween(0.0, 20.0);
        assertThat(((Number) times.read("$.response.human.p90Seconds")).doubleValue()).isPositive();
        assertThat(((Number) times.read("$.resolution.p50Seconds")).doubleValue()).isPositive();
        assertThat(times.<Map<String, Object>>read("$.firstResponse.human")).doesNotContainKeys("p50Seconds", "p90Seconds");
        String today = LocalDate.now(ZoneId.of(times.text("$.zone"))).toString();
        assertThat(times.<List<Integer>>read("$.days[?(@.day == '" + today + "')].replies")).containsExactly(4);

        var handoffs = api.get("/api/v1/analytics/handoffs", token);
        assertThat((Integer) handoffs.read("$.handoffs")).isEqualTo(1);
        assertThat(handoffs.<List<String>>read("$.reasons[*].reason")).containsExactly("COMPLAINT");
        assertThat(((Number) handoffs.read("$.reasons[0].share")).doubleValue()).isEqualTo(1.0);

        String stranger = api.signUp().accessToken();
        assertThat((Integer) api.get("/api/v1/analytics/response-times", stranger).read("$.response.all.count")).isZero();
        assertThat(api.get("/api/v1/analytics/handoffs", stranger).<List<Object>>read("$.reasons")).isEmpty();
    }

    /** A customer's message, and the wait until the business has sent {@code sent} messages to the number. */
    private void say(WhatsAppFixture whatsapp, String customer, String id, String text, int sent) {
        whatsapp.deliver(whatsapp.text(customer, "Eva", id, text));
        await().atMost(Duration.ofSeconds(20)).until(() -> graph.messages(whatsapp.phoneNumberId()).size() >= sent);
    }

    @Test
    void theQuestionsTheKnowledgeBaseCouldNotAnswerAreGroupedMostAskedFirst() {
        WhatsAppFixture whatsapp = WhatsAppFixture.connect(api, graph);
        String token = whatsapp.owner().accessToken();
        api.post("/api/v1/products", token, Api.productBody("Plan Mensual", "49.00"));
        whatsapp.deliver(whatsapp.text("5491155552101", "Eva", "wamid.KG1", "¿Tienen estacionamiento para autos?"));
        whatsapp.deliver(whatsapp.text("5491155552102", "Leo", "wamid.KG2", "tienen estacionamiento para autos"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var gaps = api.get("/api/v1/analytics/knowledge-gaps", token);
            assertThat(gaps.<List<Integer>>read("$.items[*].times")).containsExactly(2);
            assertThat(gaps.text("$.items[0].question")).containsIgnoringCase("tienen estacionamiento para autos");
        });
        assertThat(api.get("/api/v1/analytics/knowledge-gaps", api.signUp().accessToken()).<List<Object>>read("$.items")).isEmpty();
    }

    @Test
    void theBookingsOfAPeriodAgreeWithEachDaysSummary() {
        Account owner = api.signUp();
        String token = owner.accessToken();
        ZoneId zone = ZoneId.of(api.get("/api/v1/analytics/bookings", token).text("$.zone"));
        var court = api.post("/api/v1/resources", token, Map.of("name", "Cancha 1", "type", "futsal", "price", "40.00",
                "currency", "USD", "timezone", zone.getId()));
        assertThat(court.status()).isEqualTo(201);
        List<Map<String, String>> hours = new java.util.ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.add(Map.of("dayOfWeek", day, "opens", "08:00", "closes", "22:00"));
        }
        api.put("/api/v1/resources/" + court.id() + "/hours", token, hours);
        LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
        for (int hour : List.of(10, 11, 18)) {
            assertThat(api.post("/api/v1/bookings", token, Map.of("resourceId", court.id().toString(),
                    "start", tomorrow.atTime(hour, 0).atZone(zone).toInstant().toString(),
                    "customerPhone", "+5491155556001", "customerName", "Juan", "status", "CONFIRMED")).status()).isEqualTo(201);
        }

        var report = api.get("/api/v1/analytics/bookings?from=" + tomorrow.minusDays(1) + "&to=" + tomorrow, token);
        var summary = api.get("/api/v1/bookings/summary?date=" + tomorrow, token);

        assertThat((Integer) report.read("$.bookings")).isEqualTo(3).isEqualTo(summary.<Integer>read("$.bookings"));
        assertThat(report.<List<Integer>>read("$.days[*].bookings")).containsExactly(0, 3);
        // Three hours of fourteen open, tomorrow; half of that over the two days.
        assertThat(((Number) report.read("$.days[1].occupancy")).doubleValue())
                .isEqualTo(((Number) summary.read("$.occupancyRate")).doubleValue(), org.assertj.core.data.Offset.offset(0.001))
                .isEqualTo(3 / 14.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(((Number) report.read("$.occupancy")).doubleValue()).isEqualTo(3 / 28.0, org.assertj.core.data.Offset.offset(0.001));
        assertThat(report.text("$.revenue[0].amount")).isEqualTo("120.00");
    }

    @Test
    void aPeriodThatMakesNoSenseIsRefusedNamingTheField() {
        Account owner = api.signUp();
        var backwards = api.get("/api/v1/analytics/revenue?from=2026-12-01&to=2026-11-01", owner.accessToken());
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text("$.errors[0].field")).isEqualTo("from");
        var long_ = api.get("/api/v1/analytics/funnel?from=2024-01-01&to=2026-01-01", owner.accessToken());
        assertThat(long_.status()).isEqualTo(400);
        assertThat(long_.text("$.errors[0].field")).isEqualTo("to");
        var garbage = api.get("/api/v1/analytics/payment-links?from=yesterday", owner.accessToken());
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.text("$.errors[0].field")).isEqualTo("from");
    }
}
