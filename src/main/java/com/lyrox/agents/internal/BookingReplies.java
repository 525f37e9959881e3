package com.lyrox.agents.internal;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What the offline model says about bookings, in Spanish, English, Portuguese or Bahasa
 * Indonesia; times, places and prices only from the booking tools' answers. Each question it
 * ends with is also how the next turn knows what the customer said yes to (see {@link #OFFERS}
 * and {@link #HOLDS}).
 */
final class BookingReplies {

    /** How an offer of slots ends, in each language (normalized). */
    static final List<String> OFFERS = List.of("cual te reservo", "which one shall i book", "qual eu reservo",
            "mau saya pesankan yang mana");
    /** How a hold ends, in each language (normalized). */
    static final List<String> HOLDS = List.of("lo confirmo", "shall i confirm it", "posso confirmar",
            "saya konfirmasi sekarang");

    private BookingReplies() {
    }

    static String pick(String language, String es, String en, String pt, String id) {
        if (language.startsWith("en")) {
            return en;
        }
        if (language.startsWith("pt")) {
            return pt;
        }
        return language.startsWith("id") ? id : es;
    }

    /** "1) 19:00 · Lapangan 1 · IDR 225,000.00" lines; the number is what the customer may answer with. */
    static String offer(String language, JsonNode slots) {
        StringBuilder lines = new StringBuilder();
        slots.forEach(slot -> lines.append(slot.path("option").asInt()).append(") ").append(label(slot))
                .append(" · ").append(slot.path("price").asString()).append('\n'));
        String day = slots.path(0).path("day").asString();
        return pick(language, "Tengo libre el " + day + ":\n", "Free on " + day + ":\n", "Tenho livre em " + day + ":\n",
                "Yang kosong tanggal " + day + ":\n") + lines
                + pick(language, "¿Cuál te reservo?", "Which one shall I book?", "Qual eu reservo?", "Mau saya pesankan yang mana?");
    }

    /** A button's title for a slot (WhatsApp allows 20 characters). */
    static String label(JsonNode slot) {
        String label = slot.path("time").asString() + " " + slot.path("resource").asString();
        return label.length() <= 20 ? label : label.substring(0, 20);
    }

    static String noSlots(String language) {
        return pick(language, "No me queda nada libre ese día. ¿Te sirve otro día?",
                "Nothing is free that day. Would another day work?",
                "Não tenho nada livre nesse dia. Outro dia serve?",
                "Hari itu sudah penuh. Bisa hari lain?");
    }

    static String taken(String language) {
        return pick(language, "Ese horario se acaba de ocupar. ", "That slot was just taken. ",
                "Esse horário acabou de ser ocupado. ", "Slot itu baru saja terisi. ");
    }

    static String held(String language, JsonNode booking) {
        String what = booking.path("resource").asString() + ", " + booking.path("day").asString() + " "
                + booking.path("time").asString() + " · " + booking.path("price").asString();
        String minutes = booking.path("hold_minutes").asString();
        return pick(language,
                "Te aparté " + what + " por " + minutes + " minutos. ¿Lo confirmo?",
                "I've held " + what + " for you for " + minutes + " minutes. Shall I confirm it?",
                "Reservei provisoriamente " + what + " por " + minutes + " minutos. Posso confirmar?",
                "Sudah saya tahan " + what + " selama " + minutes + " menit. Saya konfirmasi sekarang?");
    }

    static List<String> heldChoices(String language) {
        return List.of(pick(language, "Sí, confirmar", "Yes, confirm", "Sim, confirmar", "Ya, konfirmasi"),
                pick(language, "Cancelar", "Cancel", "Cancelar", "Batal"));
    }

    static String confirmed(String language, JsonNode booking) {
        String what = booking.path("resource").asString() + ", " + booking.path("day").asString() + " "
                + booking.path("time").asString() + " · " + booking.path("price").asString();
        String calendar = booking.path("calendar_url").asString("");
        return pick(language, "¡Listo! Reserva confirmada: ", "Done! Booking confirmed: ", "Pronto! Reserva confirmada: ",
                "Beres! Booking terkonfirmasi: ") + what
                + (calendar.isBlank() ? "" : pick(language, "\nAgrégala a tu calendario: ", "\nAdd it to your calendar: ",
                "\nAdicione ao seu calendário: ", "\nSimpan di kalender: ") + calendar);
    }

    static String cancelled(String language, JsonNode booking) {
        String what = booking.path("resource").asString() + ", " + booking.path("day").asString() + " "
                + booking.path("time").asString();
        return pick(language, "Listo, cancelé tu reserva: ", "Done, I cancelled your booking: ",
                "Pronto, cancelei sua reserva: ", "Oke, booking kamu sudah dibatalkan: ") + what;
    }

    static String nothingBooked(String language) {
        return pick(language, "No encuentro ninguna reserva tuya por delante.", "I can't find any upcoming booking of yours.",
                "Não encontrei nenhuma reserva sua.", "Saya tidak menemukan booking kamu yang akan datang.");
    }

    static String upcoming(String language, JsonNode bookings) {
        StringBuilder lines = new StringBuilder();
        bookings.forEach(booking -> lines.append("• ").append(booking.path("resource").asString()).append(", ")
                .append(booking.path("day").asString()).append(' ').append(booking.path("time").asString())
                .append(" (").append(booking.path("status").asString()).append(")\n"));
        return pick(language, "Tus reservas:\n", "Your bookings:\n", "Suas reservas:\n", "Booking kamu:\n") + lines.toString().trim();
    }

    static String barred(String language) {
        return pick(language,
                "Por las ausencias anteriores no puedo reservar por aquí; te escribe alguien del equipo para ayudarte.",
                "Because of earlier missed bookings I can't book here; someone from the team will write to you to help.",
                "Por causa de faltas anteriores não consigo reservar por aqui; alguém da equipe vai te escrever.",
                "Karena ada booking sebelumnya yang tidak hadir, saya belum bisa pesan lewat sini; tim kami akan menghubungi kamu.");
    }
}
