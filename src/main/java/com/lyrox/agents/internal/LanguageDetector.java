package com.lyrox.agents.internal;

import com.lyrox.conversations.Direction;
import com.lyrox.conversations.MessageView;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.Set;

/** Spanish, English, Portuguese or Bahasa Indonesia from words only one of them uses; the company's language when unsure. */
final class LanguageDetector {

    private static final Map<String, Set<String>> MARKERS = Map.of(
            "es", Set.of("hola", "quiero", "cuanto", "cuesta", "gracias", "necesito", "puedo", "tienen", "precio",
                    "usted", "estoy", "buenas", "buenos", "dias", "pagar", "donde", "como", "el", "los", "las", "muy",
                    "pero", "tambien", "hablar", "persona", "queja", "caro", "vale", "planes", "si", "mi", "y", "me", "al",
                    "del", "lo", "la", "un", "una", "esta", "haces", "tengo", "quieres", "apunto", "ustedes"),
            "en", Set.of("hi", "hello", "hey", "how", "much", "price", "want", "buy", "thanks", "thank", "please",
                    "the", "is", "can", "i", "you", "what", "do", "talk", "human", "my", "it", "and", "plan", "plans",
                    "cost", "expensive", "refund", "book", "good", "morning", "bye", "of", "to", "for", "your", "there", "have", "give", "discount", "need", "send", "link"),
            "pt", Set.of("ola", "oi", "quero", "quanto", "custa", "obrigado", "obrigada", "voce", "nao", "preco",
                    "pagamento", "tchau", "bom", "dia", "boa", "tarde", "falar", "pessoa", "caro", "muito", "comprar",
                    "tem", "eu", "meu", "minha", "com", "planos", "valor", "e", "do", "da", "o", "vou", "querer", "voces",
                    "abrem", "isso", "qual", "quais", "fazer", "marcar", "horario", "chegou", "nada"),
            "id", Set.of("ada", "besok", "lusa", "jam", "mau", "saya", "bisa", "berapa", "harga", "terima",
                    "kasih", "tidak", "iya", "malam", "sore", "pagi", "siang", "apa", "untuk", "dong", "kak", "nanti",
                    "hari", "ini", "pesan", "batal", "batalkan", "sewa", "kosong", "tolong", "boleh", "selamat"));

    private LanguageDetector() {
    }

    /** The language of what the customer wrote in these messages, else {@code fallback}. */
    static String ofInbound(List<MessageView> history, String fallback) {
        String written = history.stream().filter(message -> message.direction() == Direction.INBOUND)
                .map(MessageView::text).filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return detect(TextNormalizer.normalize(written), fallback);
    }

    static String detect(String normalized, String fallback) {
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (var language : MARKERS.entrySet()) {
            int score = 0;
            for (String word : normalized.trim().split(" ")) {
                score += language.getValue().contains(word) ? 1 : 0;
            }
            if (score > bestScore) {
                best = language.getKey();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        if (best == null || tie) {
            return fallback;
        }
        return best;
    }
}
