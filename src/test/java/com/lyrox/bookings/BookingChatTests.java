package com.lyrox.bookings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.lyrox.support.Api;
import com.lyrox.support.GraphStub;
import com.lyrox.support.LiveClient;
import com.lyrox.support.LyroxTest;
import com.lyrox.support.StripeStub;
import com.lyrox.support.WhatsAppFixture;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.lyrox.platform.TenantContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A customer books a court over signed webhooks, talking to the offline agent. */
@LyroxTest
class BookingChatTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    WhatsAppFixture whatsapp;
    UUID court;

    @BeforeEach
    void connectAVenueWithACourt() {
        whatsapp = WhatsAppFixture.connect(api, graph);
        court = api.post("/api/v1/resources", token(), Map.of("name", "Lapangan 1", "type", "futsal",
                "price", "150000.00", "currency", "IDR", "timezone", "Asia/Jakarta")).id();
        List<Map<String, String>> hours = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            hours.add(Map.of("dayOfWeek", day, "opens", "08:00", "closes", "23:00"));
        }
        assertThat(api.put("/api/v1/resources/" + court + "/hours", token(), hours).status()).isEqualTo(200);
        assertThat(api.post("/api/v1/pricing-rules", token(), Map.of("name", "Malam", "days", List.of("MONDAY", "TUESDAY",
                "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"), "from", "18:00", "to", "23:00",
                "multiplier", "1.5")).status()).isEqualTo(201);
    }

    @Test
    void threeMessagesBookAPricedConfirmedCourt() {
        String customer = "6281234500001";
        String offer = say(customer, "wamid.B1", "¿tienen cancha mañana a las 7?");
        assertThat(offer).contains("19:00 Lapangan 1", "225000 IDR", "¿Cuál te reservo?");
        GraphStub.Call buttons = last();
        assertThat(buttons.json().<List<String>>read("$.interactive.action.buttons[*].reply.title")).contains("19:00 Lapangan 1");

        String held = say(customer, "wamid.B2", "19:00 Lapangan 1");
        assertThat(held).contains("Lapangan 1", "19:00", "¿Lo confirmo?");

        String confirmed = say(customer, "wamid.B3", "sí, confirmar");
        assertThat(confirmed).contains("Reserva confirmada", "Lapangan 1", "/calendar/");

        var bookings = api.get("/api/v1/bookings?resourceId=" + court, token());
        assertThat((Integer) bookings.read("$.total")).isEqualTo(1);
        assertThat(bookings.text("$.items[0].status")).isEqualTo("CONFIRMED");
        assertThat(bookings.text("$.items[0].source")).isEqualTo("CHAT");
        assertThat(bookings.text("$.items[0].price")).isEqualTo("225000.00");
        assertThat(bookings.text("$.items[0].customerPhone")).isEqualTo("+" + customer);
        assertThat(bookings.text("$.items[0].start")).isEqualTo(
                LocalDate.now(JAKARTA).plusDays(1).atTime(19, 0).atZone(JAKARTA).toInstant().toString());

        String cancelled = say(customer, "wamid.B4", "quiero cancelar mi reserva");
        assertThat(cancelled).contains("cancelé tu reserva");
        assertThat(api.get("/api/v1/bookings?resourceId=" + court, token()).text("$.items[0].status")).isEqualTo("CANCELLED");
    }

    @Test
    void aSlotTakenMeanwhileIsOfferedAgainWithWhatIsFree() {
        String customer = "6281234500002";
        assertThat(say(customer, "wamid.T1", "book a court tomorrow at 8pm")).contains("20:00 Lapangan 1");
        String start = LocalDate.now(JAKARTA).plusDays(1).atTime(20, 0).atZone(JAKARTA).toInstant().toString();
        assertThat(api.post("/api/v1/bookings", token(), Map.of("resourceId", court.toString(), "start", start,
                "customerPhone", "+6281234500099")).status()).isEqualTo(201);

        String answer = say(customer, "wamid.T2", "20:00 Lapangan 1");

        assertThat(answer).contains("That slot was just taken", "Which one shall I book?").doesNotContain("1) 20:00");
        assertThat((Integer) api.get("/api/v1/bookings?resourceId=" + court, token()).read("$.total")).isEqualTo(1);
    }

    @Test
    void withTheVenuesStripeKeyAHeldCourtIsPaidAtACheckoutOfItsExactPrice() {
        UUID product = api.post("/api/v1/products", token(), Map.of("name", "Sewa lapangan", "price", "150000.00",
                "currency", "IDR", "paymentLink", "https://pay.example.com/court")).id();
        assertThat(api.put("/api/v1/resources/" + court, token(), Map.of("name", "Lapangan 1", "type", "futsal",
                "price", "150000.00", "currency", "IDR", "timezone", "Asia/Jakarta",
                "paymentProductId", product.toString())).status()).isEqualTo(200);
        assertThat(api.put("/api/v1/payment-providers/stripe", token(), Map.of("webhookSecret", "whsec_venue",
                "secretKey", "sk_test_venueKey")).status()).isEqualTo(200);
        String customer = "6281234500013";
        assertThat(say(customer, "wamid.Q1", "¿tienen cancha mañana a las 7?")).contains("19:00 Lapangan 1");
        int before = StripeStub.shared().calls().size();

        String held = say(customer, "wamid.Q2", "19:00 Lapangan 1");

        assertThat(held).contains("https://checkout.stripe.com/c/pay/cs_test_").doesNotContain("pay.example.com");
        String saleId = api.get("/api/v1/bookings?resourceId=" + court, token()).text("$.items[0].saleId");
        assertThat(StripeStub.shared().calls().stream().skip(before).map(StripeStub.Call::form))
                .anySatisfy(form -> assertThat(form).containsEntry("client_reference_id", saleId)
                        .containsEntry("line_items[0][price_data][unit_amount]", "22500000")
                        .containsEntry("line_items[0][price_data][currency]", "idr"));
    }

    @Test
    void aHoldOfAPaidCourtCarriesItsPaymentLinkAndThePaymentConfirmsIt() {
        UUID product = api.post("/api/v1/products", token(), Map.of("name", "Sewa lapangan", "price", "150000.00",
                "currency", "IDR", "paymentLink", "https://pay.example.com/court")).id();
        assertThat(api.put("/api/v1/resources/" + court, token(), Map.of("name", "Lapangan 1", "type", "futsal",
                "price", "150000.00", "currency", "IDR", "timezone", "Asia/Jakarta",
                "paymentProductId", product.toString())).status()).isEqualTo(200);
        String customer = "6281234500003";
        assertThat(say(customer, "wamid.P1", "¿tienen cancha mañana a las 7?")).contains("19:00 Lapangan 1");

        String held = say(customer, "wamid.P2", "19:00 Lapangan 1");

        assertThat(held).contains("Lapangan 1", "19:00", "Paga aquí", "https://pay.example.com/court");
        var booking = api.get("/api/v1/bookings?resourceId=" + court, token());
        assertThat(booking.text("$.items[0].status")).isEqualTo("HELD");
        String bookingId = booking.text("$.items[0].id");
        String saleId = booking.text("$.items[0].saleId");
        var sale = api.get("/api/v1/sales/" + saleId, token());
        assertThat(sale.text("$.paymentStatus")).isEqualTo("PENDING");
        assertThat(sale.text("$.amount")).isEqualTo("225000.00");
        // A yes does not confirm what waits for a payment: the link comes again.
        assertThat(say(customer, "wamid.P3", "sí")).contains("en cuanto llegue el pago", "https://pay.example.com/court");
        assertThat(api.get("/api/v1/bookings/" + bookingId, token()).text("$.status")).isEqualTo("HELD");
        // The link asks for one slot's price: a longer booking would be confirmed by paying less.
        String start = api.get("/api/v1/bookings/" + bookingId, token()).text("$.start");
        var longer = api.patch("/api/v1/bookings/" + bookingId, token(), Map.of("start", start,
                "end", java.time.Instant.parse(start).plus(Duration.ofHours(2)).toString()));
        assertThat(longer.status()).isEqualTo(409);
        assertThat(longer.text("$.detail")).contains("waits for a payment of 225000.00 IDR");

        int before = graph.messages(whatsapp.phoneNumberId()).size();
        assertThat(api.post("/api/v1/sales/" + saleId + "/complete", token(), Map.of("paymentId", "pi_court")).status())
                .isEqualTo(200);

        await().atMost(PATIENCE).until(() -> "CONFIRMED".equals(api.get("/api/v1/bookings/" + bookingId, token()).text("$.status")));
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() > before);
        assertThat(last().json().<String>read("$.text.body")).contains("¡Pago recibido!", "Reserva confirmada", "Lapangan 1");
    }

    @Test
    void aCustomerWaitsForATakenSlotAndClaimsItWhenItFrees() {
        String start = LocalDate.now(JAKARTA).plusDays(1).atTime(20, 0).atZone(JAKARTA).toInstant().toString();
        UUID taken = api.post("/api/v1/bookings", token(), Map.of("resourceId", court.toString(), "start", start,
                "customerPhone", "+6281234500098")).id();
        String customer = "6281234500004";
        assertThat(say(customer, "wamid.W1", "book a court tomorrow at 8pm")).contains("20:00 isn't free", "\"waitlist\"");

        assertThat(say(customer, "wamid.W2", "put me on the waitlist please")).contains("waitlist", "20:00", "number 1");
        var waiting = api.get("/api/v1/waitlist", token());
        assertThat(waiting.text("$.items[0].status")).isEqualTo("WAITING");
        assertThat(waiting.text("$.items[0].start")).isEqualTo(start);
        assertThat(waiting.text("$.items[0].customer.phone")).isEqualTo("+" + customer);

        int before = graph.messages(whatsapp.phoneNumberId()).size();
        assertThat(api.post("/api/v1/bookings/" + taken + "/cancel", token(), null).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() > before);
        assertThat(last().json().<String>read("$.interactive.body.text")).contains("Good news!", "20:00", "Shall I confirm it?");
        var offered = api.get("/api/v1/waitlist", token());
        assertThat(offered.text("$.items[0].status")).isEqualTo("OFFERED");
        String hold = offered.text("$.items[0].offeredBookingId");
        assertThat(api.get("/api/v1/bookings/" + hold, token()).text("$.source")).isEqualTo("WAITLIST");

        assertThat(say(customer, "wamid.W3", "yes")).contains("Booking confirmed", "20:00");
        assertThat(api.get("/api/v1/bookings/" + hold, token()).text("$.status")).isEqualTo("CONFIRMED");
        await().atMost(PATIENCE).until(() -> "CLAIMED".equals(api.get("/api/v1/waitlist", token()).text("$.items[0].status")));
    }

    @Test
    void pastThePlansBookingsOfTheMonthAPersonTakesTheBookingAndTheOwnerIsTold() throws Exception {
        String customer = "6281234500005";
        assertThat(say(customer, "wamid.L1", "halo kak")).isNotBlank();
        // The month's 200 bookings of the trial plan, made (and cancelled) already.
        TenantContext.runAs(whatsapp.owner().companyId(), null, () -> jdbc.update("""
                INSERT INTO bookings (id, company_id, resource_id, customer_id, starts_at, ends_at, blocked_until, exclusive,
                                      status, price, currency)
                SELECT gen_random_uuid(), ?, ?, (SELECT id FROM customers WHERE phone = ?),
                       now() + g * interval '1 day', now() + g * interval '1 day' + interval '1 hour',
                       now() + g * interval '1 day' + interval '1 hour', true, 'CANCELLED', 1, 'IDR'
                  FROM generate_series(1, 200) g""", whatsapp.owner().companyId(), court, "+" + customer));
        try (LiveClient live = LiveClient.connect(port, whatsapp.owner().accessToken())) {
            String answer = say(customer, "wamid.L2", "ada lapangan besok jam 7 malam?");

            assertThat(answer).doesNotContain("19:00");
            assertThat(live.frame("notice", frame -> "booking-limit".equals(frame.read("$.payload.kind")), PATIENCE)
                    .<Integer>read("$.payload.limit")).isEqualTo(200);
        }
        String conversation = api.get("/api/v1/conversations", token()).text("$.items[0].id");
        assertThat(api.get("/api/v1/conversations/" + conversation, token()).text("$.status")).isEqualTo("HUMAN_HANDLING");
        assertThat((Integer) api.get("/api/v1/bookings?status=HELD", token()).read("$.total")).isZero();
    }

    private String say(String customer, String messageId, String text) {
        int before = graph.messages(whatsapp.phoneNumberId()).size();
        assertThat(whatsapp.deliver(whatsapp.text(customer, "Budi", messageId, text)).status()).isEqualTo(200);
        await().atMost(PATIENCE).until(() -> graph.messages(whatsapp.phoneNumberId()).size() > before);
        GraphStub.Call sent = last();
        return "interactive".equals(sent.json().read("$.type")) ? sent.json().read("$.interactive.body.text")
                : sent.json().read("$.text.body");
    }

    private GraphStub.Call last() {
        List<GraphStub.Call> sent = graph.messages(whatsapp.phoneNumberId());
        return sent.get(sent.size() - 1);
    }

    private String token() {
        return whatsapp.owner().accessToken();
    }
}
