package com.lyrox.agents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.lyrox.agents.internal.ChatModel.ChatMessage;
import com.lyrox.agents.internal.ChatModel.ModelReply;
import com.lyrox.agents.internal.ChatModel.ModelRequest;
import com.lyrox.agents.internal.ChatModel.ToolCall;
import com.lyrox.agents.internal.ChatModel.TurnContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The offline model's booking conversation, turn by turn, with the tools' answers written by hand. */
class OfflineBookingTests {

    static final String SLOTS = """
            {"slots":[{"option":1,"resource":"Lapangan 1","resource_id":"%s","start":"2026-12-07T12:00:00Z","day":"2026-12-07","time":"19:00","price":"225000 IDR"},
                      {"option":2,"resource":"Lapangan 2","resource_id":"%s","start":"2026-12-07T12:00:00Z","day":"2026-12-07","time":"19:00","price":"225000 IDR"},
                      {"option":3,"resource":"Lapangan 1","resource_id":"%s","start":"2026-12-07T13:00:00Z","day":"2026-12-07","time":"20:00","price":"225000 IDR"}]}
            """.formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    static final String HELD = """
            {"booking_id":"%s","resource":"Lapangan 2","start":"2026-12-07T12:00:00Z","day":"2026-12-07","time":"19:00",
             "price":"225000 IDR","status":"HELD","calendar_url":"","hold_minutes":"15"}""".formatted(UUID.randomUUID());
    static final String CONFIRMED = HELD.replace("HELD", "CONFIRMED").replace("\"calendar_url\":\"\"",
            "\"calendar_url\":\"https://venue.example/calendar/x.ics?sig=y\"");

    final ObjectMapper json = JsonMapper.builder().build();
    final OfflineSalesModel model = new OfflineSalesModel(json);

    @Test
    void booksACourtInThreeMessages() {
        List<ChatMessage> history = new ArrayList<>(List.of(ChatMessage.system("rules")));

        // 1. "Do you have a court tomorrow at 7?": free slots, offered with buttons.
        ModelReply asked = turn(history, "besok ada lapangan jam 7 malam?", "id");
        assertThat(asked.toolCalls()).extracting(ToolCall::name).containsExactly(AgentTools.FIND_SLOTS);
        assertThat(asked.toolCalls().get(0).arguments()).contains("\"day\":\"tomorrow\"", "\"time\":\"19:00\"");
        ModelReply offer = afterTool(history, asked, SLOTS, "besok ada lapangan jam 7 malam?", "id");
        assertThat(offer.text()).contains("1) 19:00 Lapangan 1", "2) 19:00 Lapangan 2", "3) 20:00 Lapangan 1",
                "225000 IDR", "Mau saya pesankan yang mana?");
        assertThat(offer.choices()).containsExactly("19:00 Lapangan 1", "19:00 Lapangan 2", "20:00 Lapangan 1");
        history.add(ChatMessage.assistant(offer.text(), List.of()));

        // 2. The second button: that slot held, asking to confirm.
        ModelReply chosen = turn(history, "19:00 Lapangan 2", "id");
        assertThat(chosen.toolCalls()).extracting(ToolCall::name).containsExactly(AgentTools.HOLD_SLOT);
        assertThat(chosen.toolCalls().get(0).arguments()).isEqualTo("{\"option\":2}");
        ModelReply held = afterTool(history, chosen, HELD, "19:00 Lapangan 2", "id");
        assertThat(held.text()).contains("Lapangan 2", "19:00", "15 menit", "Saya konfirmasi sekarang?");
        history.add(ChatMessage.assistant(held.text(), List.of()));

        // 3. "Yes": confirmed, with the calendar link.
        ModelReply yes = turn(history, "ya", "id");
        assertThat(yes.toolCalls()).extracting(ToolCall::name).containsExactly(AgentTools.CONFIRM_BOOKING);
        ModelReply confirmed = afterTool(history, yes, CONFIRMED, "ya", "id");
        assertThat(confirmed.text()).contains("terkonfirmasi", "Lapangan 2", "https://venue.example/calendar/x.ics?sig=y");
    }

    @Test
    void aYesOrANumberOrATimeTakesTheOfferedSlot() {
        List<ChatMessage> history = new ArrayList<>(List.of(ChatMessage.system("rules"),
                ChatMessage.user("¿tienen cancha mañana a las 7?")));
        ModelReply asked = model.complete(request(history, "¿tienen cancha mañana a las 7?", "es"));
        history.add(ChatMessage.assistant(afterTool(history, asked, SLOTS, "¿tienen cancha mañana a las 7?", "es").text(),
                List.of()));

        assertThat(option(history, "sí")).isEqualTo("{\"option\":1}");
        assertThat(option(history, "la 3")).isEqualTo("{\"option\":3}");
        assertThat(option(history, "a las 8")).isEqualTo("{\"option\":3}");
        assertThat(turn(history, "¿y cuánto cuesta el reto mensual?", "es").toolCalls())
                .extracting(ToolCall::name).doesNotContain(AgentTools.HOLD_SLOT);
    }

    @Test
    void cancelsAndListsBookingsWhenAsked() {
        List<ChatMessage> history = new ArrayList<>(List.of(ChatMessage.system("rules")));
        assertThat(turn(history, "I need to cancel my booking", "en").toolCalls()).extracting(ToolCall::name)
                .containsExactly(AgentTools.CANCEL_BOOKING);
        assertThat(turn(history, "¿cuáles son mis reservas?", "es").toolCalls()).extracting(ToolCall::name)
                .containsExactly(AgentTools.MY_BOOKINGS);
    }

    @Test
    void leavesQuestionsGreetingsAndPurchasesToTheRestOfTheModel() {
        List<ChatMessage> history = new ArrayList<>(List.of(ChatMessage.system("rules")));
        assertThat(turn(history, "¿puedo cancelar la reserva si llueve?", "es").toolCalls()).extracting(ToolCall::name)
                .doesNotContain(AgentTools.CANCEL_BOOKING);
        assertThat(turn(history, "quiero pagar hoy el plan, ¿está disponible?", "es").toolCalls()).extracting(ToolCall::name)
                .doesNotContain(AgentTools.FIND_SLOTS);
        ModelReply greeted = turn(history, "buenas tardes, quiero reservar", "es");
        assertThat(greeted.toolCalls().get(0).arguments()).doesNotContain("part_of_day");

        history.add(ChatMessage.assistant("Te aparté Lapangan 2, 2026-12-07 19:00 · 225000 IDR por 15 minutos. ¿Lo confirmo?",
                List.of()));
        assertThat(turn(history, "no gracias", "es").toolCalls()).extracting(ToolCall::name)
                .containsExactly(AgentTools.CANCEL_BOOKING);
        assertThat(turn(history, "¿no tienen a las 8?", "es").toolCalls()).extracting(ToolCall::name)
                .doesNotContain(AgentTools.CANCEL_BOOKING);
    }

    @Test
    void aBusinessWithoutBookingsHandsBookingRequestsToAPerson() {
        List<ChatMessage> history = new ArrayList<>(List.of(ChatMessage.system("rules")));
        ModelReply asked = turn(history, "quiero reservar mañana", "es");
        ModelReply after = afterTool(history, asked, "{\"error\":\"This business takes no bookings in the chat\"}",
                "quiero reservar mañana", "es");
        assertThat(after.toolCalls()).extracting(ToolCall::name).containsExactly(AgentTools.HANDOFF);
    }

    @Test
    void aCustomerBarredByNoShowsIsToldPolitely() {
        List<ChatMessage> history = new ArrayList<>(List.of(ChatMessage.system("rules")));
        ModelReply asked = turn(history, "book a court tomorrow at 6pm", "en");
        assertThat(afterTool(history, asked, "{\"barred\":true}", "book a court tomorrow at 6pm", "en").text())
                .contains("someone from the team");
    }

    private String option(List<ChatMessage> history, String text) {
        ModelReply reply = turn(history, text, "es");
        assertThat(reply.toolCalls()).extracting(ToolCall::name).containsExactly(AgentTools.HOLD_SLOT);
        return reply.toolCalls().get(0).arguments();
    }

    private ModelReply turn(List<ChatMessage> history, String text, String language) {
        List<ChatMessage> messages = new ArrayList<>(history);
        messages.add(ChatMessage.user(text));
        return model.complete(request(messages, text, language));
    }

    private ModelReply afterTool(List<ChatMessage> history, ModelReply call, String result, String text, String language) {
        List<ChatMessage> messages = new ArrayList<>(history);
        messages.add(ChatMessage.user(text));
        messages.add(ChatMessage.assistant(null, call.toolCalls()));
        messages.add(ChatMessage.tool(call.toolCalls().get(0).id(), result));
        return model.complete(request(messages, text, language));
    }

    private static ModelRequest request(List<ChatMessage> messages, String text, String language) {
        return new ModelRequest(messages, AgentTools.SPECS, new TurnContext(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "Arena Futsal", "Budi", "LEAD", language, List.of(), text), null, 0.4);
    }
}
