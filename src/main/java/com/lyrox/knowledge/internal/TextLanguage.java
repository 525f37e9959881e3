package com.lyrox.knowledge.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL text search configuration for a text: spanish, english or portuguese from
 * the share of words only one of them uses often, else simple (no stemming, no stop words),
 * which suits any other language.
 */
final class TextLanguage {

    static final String SIMPLE = "simple";

    private static final Map<String, Set<String>> MARKERS = Map.of(
            "spanish", Set.of("el", "la", "los", "las", "del", "y", "es", "en", "con", "para", "por", "una", "que", "se",
                    "su", "lo", "al", "como", "más", "pero", "sus", "le", "ya", "muy", "también", "puedes", "tu",
                    "tienes", "está", "están", "hasta", "cada", "sin", "desde", "hay"),
            "english", Set.of("the", "and", "is", "are", "to", "of", "in", "for", "you", "your", "with", "on", "we",
                    "our", "it", "be", "can", "this", "that", "at", "or", "from", "have", "will", "each", "any"),
            "portuguese", Set.of("o", "os", "do", "da", "dos", "das", "e", "é", "em", "no", "na", "com", "para",
                    "uma", "não", "um", "você", "ao", "mais", "seu", "sua", "pelo", "pela", "também", "até", "são"));

    /** Words that give away the language of even a short question. */
    private static final Map<String, Set<String>> QUESTION_MARKERS = Map.of(
            "spanish", Set.of("qué", "que", "cómo", "como", "cuál", "cual", "cuánto", "cuándo", "dónde", "puedo",
                    "tienen", "hay", "si", "me", "mi", "mis", "el", "la", "los", "las", "es", "se", "y", "del", "hacen",
                    "pasa", "ustedes", "tengo", "estoy", "necesito", "quiero", "también", "con", "para", "por"),
            "english", Set.of("what", "how", "when", "where", "which", "who", "why", "do", "does", "did", "is",
                    "are", "can", "could", "i", "my", "me", "you", "your", "the", "a", "an", "and", "of", "to", "for",
                    "with", "have", "there", "if", "it", "will", "need"),
            "portuguese", Set.of("o", "os", "que", "como", "qual", "quanto", "quando", "onde", "posso", "vocês",
                    "voce", "você", "tem", "têm", "meu", "minha", "não", "nao", "é", "do", "da", "com", "para", "um", "uma"));

    private TextLanguage() {
    }

    /** The language of a question: the one with the most telltale words, or simple on a tie or none. */
    static String ofQuestion(String question) {
        Map<String, Integer> hits = new HashMap<>();
        for (String word : question.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            for (var language : QUESTION_MARKERS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        int best = hits.values().stream().max(Integer::compare).orElse(0);
        List<String> leaders = hits.entrySet().stream().filter(entry -> entry.getValue() == best)
                .map(Map.Entry::getKey).toList();
        return best > 0 && leaders.size() == 1 ? leaders.get(0) : SIMPLE;
    }

    static String detect(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            for (var language : MARKERS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        int total = words;
        return hits.entrySet().stream()
                .filter(entry -> entry.getValue() >= 2 && entry.getValue() * 10 >= total)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(SIMPLE);
    }
}
