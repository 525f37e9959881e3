package com.lyrox.agents.internal;

import com.lyrox.agents.Intent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the intent of a customer's turn in Spanish, English or Portuguese from phrases, the
 * most consequential first: a person asked for, a complaint (also legal or medical matters),
 * buying, booking, prices, objections, thanks, greetings.
 */
final class IntentClassifier {

    /** The intent and how sure the rules are (0–1). */
    record Reading(Intent intent, double confidence, boolean sensitive) {
    }

    private static final Map<Intent, List<String>> PHRASES = new LinkedHashMap<>();
    private static final List<String> SENSITIVE = List.of(
            "abogado", "demanda", "denuncia", "lawyer", "sue", "lawsuit", "legal action", "advogado", "processo",
            "lesion", "lesionado", "dolor", "medico", "embarazada", "diabetes", "cirugia", "injury", "injured", "pain",
            "doctor", "pregnant", "surgery", "lesao", "dor", "gravida", "cirurgia");

    static {
        PHRASES.put(Intent.HUMAN_REQUEST, List.of(
                "humano", "una persona", "persona real", "asesor", "agente", "hablar con alguien", "hablar con una persona",
                "hablar con emilio", "con el dueno", "human", "real person", "a person", "representative", "talk to someone",
                "speak to someone", "talk to a human", "agent please", "atendente", "uma pessoa", "falar com alguem",
                "falar com uma pessoa", "pessoa de verdade"));
        PHRASES.put(Intent.COMPLAINT, List.of(
                "queja", "reclamo", "reclamacion", "estafa", "molesto", "molesta", "pesimo", "terrible", "horrible",
                "no funciona", "no me llego", "devolucion", "reembolso", "devuelvan", "indignado", "complaint",
                "refund", "scam", "angry", "worst", "not working", "never arrived", "disappointed", "furious",
                "reclamacao", "pessimo", "golpe", "nao funciona", "nao chegou", "devolucao", "irritado"));
        PHRASES.put(Intent.BUYING_INTENT, List.of(
                "quiero comprar", "lo quiero", "la quiero", "quiero el", "quiero la", "me apunto", "apuntame", "inscribirme",
                "quiero empezar", "como pago", "link de pago", "enlace de pago", "quiero pagar", "lo compro", "si lo quiero",
                "comprarlo", "comprarla", "enviamelo", "envialo", "mandamelo", "mandalo", "pasamelo", "enviame el link",
                "enviame el enlace", "mandame el link", "mandame el enlace", "pasame el link", "send me the link", "send it",
                "me manda o link", "manda o link", "me envia o link", "quero comprar o", "compra lo",
                "comprar", "contratar", "buy", "purchase", "i want it", "i want the", "i ll take", "sign me up",
                "how do i pay", "payment link", "i want to start", "let s do it", "quero comprar", "quero o", "quero a",
                "quero esse", "como pago", "link de pagamento", "quero comecar", "quero pagar", "vou querer"));
        PHRASES.put(Intent.BOOKING_INTENT, List.of(
                "reservar", "reserva", "cita", "agendar", "turno", "horario disponible", "book", "booking", "appointment",
                "schedule", "reserve", "marcar", "agendamento", "horario"));
        PHRASES.put(Intent.PRICE_QUESTION, List.of(
                "precio", "precios", "cuanto", "cuesta", "vale", "costo", "tarifa", "planes", "que ofrecen", "que incluye",
                "price", "prices", "how much", "cost", "plans", "what do you offer", "what s included", "pricing",
                "preco", "precos", "quanto", "custa", "valor", "planos", "o que inclui"));
        PHRASES.put(Intent.OBJECTION, List.of(
                "caro", "muy caro", "no tengo dinero", "lo pienso", "lo voy a pensar", "no estoy seguro", "descuento",
                "rebaja", "mas barato", "expensive", "too much", "can t afford", "think about it", "not sure", "discount",
                "cheaper", "muito caro", "vou pensar", "desconto", "mais barato", "nao tenho dinheiro"));
        PHRASES.put(Intent.THANKS_BYE, List.of(
                "gracias", "adios", "chao", "hasta luego", "nos vemos", "thanks", "thank you", "bye", "see you",
                "obrigado", "obrigada", "tchau", "ate logo"));
        PHRASES.put(Intent.GREETING, List.of(
                "hola", "buenas", "buenos dias", "buenas tardes", "buenas noches", "hello", "hi", "hey", "good morning",
                "good afternoon", "ola", "oi", "bom dia", "boa tarde", "boa noite"));
    }

    private IntentClassifier() {
    }

    /** The turn with its greeting phrases taken out: what is left to answer besides the hello. */
    static String withoutGreeting(String normalized) {
        String rest = normalized;
        for (String phrase : PHRASES.get(Intent.GREETING)) {
            rest = rest.replace(" " + phrase + " ", " ");
        }
        return rest;
    }

    static Reading read(String normalized) {
        boolean sensitive = SENSITIVE.stream().anyMatch(word -> TextNormalizer.contains(normalized, word));
        if (sensitive) {
            return new Reading(Intent.COMPLAINT, 0.9, true);
        }
        for (var intent : PHRASES.entrySet()) {
            long hits = intent.getValue().stream().filter(phrase -> TextNormalizer.contains(normalized, phrase)).count();
            if (hits > 0) {
                return new Reading(intent.getKey(), Math.min(0.95, 0.6 + 0.15 * hits), false);
            }
        }
        return new Reading(Intent.OTHER, 0.3, false);
    }
}
