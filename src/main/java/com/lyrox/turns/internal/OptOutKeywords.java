package com.lyrox.turns.internal;

import java.util.Locale;
import java.util.Set;

/** STOP and START in the languages our customers write in; Meta parses neither. */
final class OptOutKeywords {

    private static final Set<String> STOP = Set.of("STOP", "BAJA", "PARAR", "UNSUBSCRIBE");
    private static final Set<String> START = Set.of("START", "ALTA");

    private OptOutKeywords() {
    }

    static boolean isStop(String text) {
        return STOP.contains(normalized(text));
    }

    static boolean isStart(String text) {
        return START.contains(normalized(text));
    }

    static String stopConfirmation(String language) {
        if (language.startsWith("en")) {
            return "Done: you won't receive more messages from us. Reply START to receive them again.";
        }
        if (language.startsWith("pt")) {
            return "Pronto: você não receberá mais mensagens nossas. Responda START para voltar a recebê-las.";
        }
        return "Listo: no te enviaremos más mensajes. Responde ALTA si quieres volver a recibirlos.";
    }

    static String startConfirmation(String language) {
        if (language.startsWith("en")) {
            return "Welcome back! You'll receive our messages again.";
        }
        if (language.startsWith("pt")) {
            return "Bem-vindo de volta! Você voltará a receber nossas mensagens.";
        }
        return "¡Bienvenido de nuevo! Volverás a recibir nuestros mensajes.";
    }

    private static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("[.!¡]+$", "").toUpperCase(Locale.ROOT);
    }
}
