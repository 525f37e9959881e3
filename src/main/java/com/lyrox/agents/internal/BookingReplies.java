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
    /** How a hold that waits for its payment ends, in each language (normalized): a no still cancels it. */
    static final List<String> PAYMENT_HOLDS = List.of("paga aqui", "pay here", "pague aqui", "bayar di sini");
    /** What a customer says to wait for a taken slot (normalized). */
    static final List<String> WAITLIST_WORDS = List.of("lista de espera", "waitlist", "waiting list", "wait list",
            "daftar tunggu", "avisame si se libera", "let me know if it frees");

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

    /** A hold that waits for its payment: the link, and that paying confirms it. */
    static String heldForPayment(String language, JsonNode booking) {
        String minutes = booking.path("hold_minutes").asString();
        String link = booking.path("payment_link").asString();
        return pick(language,
                "Te aparté " + what(booking) + " por " + minutes + " minutos. Paga aquí y queda confirmada al instante: " + link,
                "I've held " + what(booking) + " for you for " + minutes + " minutes. Pay here and it's confirmed at once: " + link,
                "Reservei provisoriamente " + what(booking) + " por " + minutes + " minutos. Pague aqui e fica confirmada na hora: " + link,
                "Sudah saya tahan " + what(booking) + " selama " + minutes + " menit. Bayar di sini dan langsung terkonfirmasi: " + link);
    }

    /** A yes to a hold that waits for its payment: the payment confirms it, not the yes. */
    static String awaitingPayment(String language, JsonNode booking) {
        String link = booking.path("payment_link").asString();
        return pick(language, "Tu reserva queda confirmada en cuanto llegue el pago. Paga aquí: " + link,
                "Your booking is confirmed as soon as the payment arrives. Pay here: " + link,
                "Sua reserva fica confirmada assim que o pagamento chegar. Pague aqui: " + link,
                "Booking kamu terkonfirmasi begitu pembayaran masuk. Bayar di sini: " + link);
    }

    /** The payment of a hold arrived and confirmed it. */
    static String paid(String language, JsonNode booking) {
        return pick(language, "¡Pago recibido! ", "Payment received! ", "Pagamento recebido! ", "Pembayaran diterima! ")
                + confirmed(language, booking);
    }

    /** A slot the customer waited for freed and is held for them until a time: a yes claims it. */
    static String slotFreed(String language, JsonNode booking, String until) {
        String news = pick(language, "¡Buenas noticias! Se liberó " + what(booking) + ", que esperabas. Te la guardo hasta el " + until + ". ",
                "Good news! " + what(booking) + ", which you were waiting for, is free. I'm holding it for you until " + until + ". ",
                "Boa notícia! " + what(booking) + ", que você esperava, ficou livre. Guardo para você até " + until + ". ",
                "Kabar baik! " + what(booking) + " yang kamu tunggu sudah kosong. Saya tahan untuk kamu sampai " + until + ". ");
        if (!booking.path("payment_link").asString("").isBlank()) {
            return news + pick(language, "Paga aquí para confirmarla: ", "Pay here to confirm it: ", "Pague aqui para confirmar: ",
                    "Bayar di sini untuk konfirmasi: ") + booking.path("payment_link").asString();
        }
        return news + pick(language, "¿Lo confirmo?", "Shall I confirm it?", "Posso confirmar?", "Saya konfirmasi sekarang?");
    }

    /** A reminder of a confirmed booking, sent some hours before it. */
    static String reminder(String language, JsonNode booking, boolean today) {
        String resource = booking.path("resource").asString();
        String time = booking.path("time").asString();
        String day = booking.path("day").asString();
        return today
                ? pick(language, "Recordatorio: tu reserva de " + resource + " es hoy a las " + time + ". ¡Te esperamos!",
                "Reminder: your booking of " + resource + " is today at " + time + ". See you soon!",
                "Lembrete: sua reserva de " + resource + " é hoje às " + time + ". Te esperamos!",
                "Pengingat: booking " + resource + " kamu hari ini jam " + time + ". Sampai ketemu!")
                : pick(language, "Recordatorio: tu reserva de " + resource + " es el " + day + " a las " + time + ". ¡Te esperamos!",
                "Reminder: your booking of " + resource + " is on " + day + " at " + time + ". See you soon!",
                "Lembrete: sua reserva de " + resource + " é em " + day + " às " + time + ". Te esperamos!",
                "Pengingat: booking " + resource + " kamu tanggal " + day + " jam " + time + ". Sampai ketemu!");
    }

    /** The customer is in line for a taken slot. */
    static String waitlistJoined(String language, JsonNode waiting) {
        String what = waiting.path("resource").asString() + ", " + waiting.path("day").asString() + " "
                + waiting.path("time").asString();
        String position = waiting.path("position").asString();
        return pick(language, "Listo, te anoté en la lista de espera de " + what + " (puesto " + position
                        + "). Si se libera, te la guardo y te aviso por aquí.",
                "Done, you're on the waitlist for " + what + " (number " + position + "). If it frees, I'll hold it and tell you here.",
                "Pronto, coloquei você na lista de espera de " + what + " (posição " + position
                        + "). Se liberar, guardo para você e aviso por aqui.",
                "Oke, kamu masuk daftar tunggu " + what + " (urutan " + position + "). Kalau kosong, saya tahan dan kabari di sini.");
    }

    /** No taken slot at that time to wait for. */
    static String nothingToWaitFor(String language) {
        return pick(language, "No encuentro una reserva ocupada a esa hora para esperarla. ¿Te muestro lo que está libre?",
                "I can't find a taken slot at that time to wait for. Shall I show you what's free?",
                "Não encontro um horário ocupado nessa hora para esperar. Quer ver o que está livre?",
                "Saya tidak menemukan slot terisi di jam itu untuk ditunggu. Mau saya tunjukkan yang kosong?");
    }

    /** The time asked for is not among the slots offered: they may wait for it instead. */
    static String waitlistHint(String language, String time) {
        return pick(language, "Las " + time + " no están libres; si prefieres esperarlas, escribe «lista de espera». ",
                time + " isn't free; to wait for it, write \"waitlist\". ",
                "Às " + time + " não está livre; se preferir esperar, escreva \"lista de espera\". ",
                "Jam " + time + " tidak kosong; kalau mau menunggu, tulis \"daftar tunggu\". ");
    }

    private static String what(JsonNode booking) {
        return booking.path("resource").asString() + ", " + booking.path("day").asString() + " "
                + booking.path("time").asString() + " · " + booking.path("price").asString();
    }
}
