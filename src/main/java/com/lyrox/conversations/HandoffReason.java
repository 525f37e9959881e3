package com.lyrox.conversations;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Why a conversation went to a person, in the categories an owner acts on. The reasons are written
 * by the AI (a model's own words, the offline model's codes such as {@code complaint}), by the
 * system (the AI failed, the month's AI interactions are used up) and by the team (a takeover);
 * {@link #of(String)} sorts them: a leading category name wins ({@code "COMPLAINT: charged twice"}),
 * then the system's and the team's own phrases, then words in English, Spanish, Portuguese and
 * Bahasa Indonesia.
 */
public enum HandoffReason {
    /** The customer asked for a person. */
    CUSTOMER_ASKED(List.of("human", " person ", " persona ", "humano", " pessoa ", " agent ", " agente ", "atendente", "asesor",
            "someone", "alguien", "alguem", "talk to", "hablar con", "falar com", "owner", "dueno", "manager",
            "bicara dengan", " admin ", "orang asli")),
    /** A complaint, a refund, a charge disputed. */
    COMPLAINT(List.of("complaint", "complain", "queja", "reclamo", "reclama", "refund", "reembolso", "devolu", "charged",
            "cobr", "robo", "fraud", "estafa", "scam", "golpe", "angry", "molest", "enojad", "furious", "chargeback",
            "komplain", "kecewa", "uang kembali", "penipuan")),
    /** Health, injuries, legal matters: what the AI must not answer. */
    SENSITIVE(List.of("sensitive", "medical", "medic", "injur", "lesion", "lesao", " pain ", "dolor", " dor ", "pregnan",
            "embaraz", "gravid", "legal", "lawyer", "abogado", "advogado", "health", "salud", "saude", "doctor",
            "cedera", "sakit", "hamil", "dokter")),
    /** A booking the AI could not make. */
    BOOKING(List.of("booking", "book ", "reserva", "agendamento", "agenda", "cita", "appointment", "slot", "horario",
            "pesan lapangan", "jadwal")),
    /** The AI did not know the answer. */
    UNSURE(List.of("unsure", "not sure", "no se", "nao sei", "don't know", "dont know", "does not know", "unknown",
            "knowledge", "no information", "sin informacion", "could not find", "tidak tahu")),
    /** The month's AI interactions (and the balance) are used up. */
    AI_LIMIT(List.of("interactions are used up", "allowance", "used up")),
    /** The AI failed to answer (the model provider was down, an error). */
    AI_ERROR(List.of("the ai could not answer", "error", "exception", "timeout", "failed")),
    /** A person took the conversation from the inbox, or replied in it. */
    TAKEN_OVER(List.of("taken over by the team", "a team member replied", "taken over")),
    /** None of the above. */
    OTHER(List.of());

    /** The order reasons are tried in: the system's and the team's phrases before the customers' words. */
    private static final List<HandoffReason> TRIED = List.of(TAKEN_OVER, AI_LIMIT, AI_ERROR, SENSITIVE, COMPLAINT,
            BOOKING, UNSURE, CUSTOMER_ASKED);

    private final List<String> words;

    HandoffReason(List<String> words) {
        this.words = words;
    }

    /** The category of a reason in words; {@link #OTHER} when nothing in it says. */
    public static HandoffReason of(String reason) {
        if (reason == null || reason.isBlank()) {
            return OTHER;
        }
        String text = fold(reason);
        String lead = text.strip().split(" ", 2)[0];
        for (HandoffReason category : values()) {
            if (category.name().toLowerCase(Locale.ROOT).equals(lead)) {
                return category;
            }
        }
        for (HandoffReason category : TRIED) {
            if (category.words.stream().anyMatch(text::contains)) {
                return category;
            }
        }
        return OTHER;
    }

    /**
     * Lower case without accents, punctuation as spaces (but the apostrophe), spaced at both ends: a
     * listed word with spaces around it matches whole words only ({@code " person "} is not in "personalised").
     */
    private static String fold(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return " " + plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'_]+", " ").strip() + " ";
    }
}
