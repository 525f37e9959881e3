package com.lyrox.bookings;

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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A customer books a court over signed webhooks, talking to the offline agent. */
@LyroxTest
class BookingChatTests {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final GraphStub graph = GraphStub.shared();

    @Autowired
    Api api;

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
