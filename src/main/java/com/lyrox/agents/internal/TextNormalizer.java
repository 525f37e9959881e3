package com.lyrox.agents.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Lower case, no accents, punctuation as spaces: how keywords are matched in es, en and pt. */
final class TextNormalizer {

    private TextNormalizer() {
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        String plain = decomposed.replaceAll("\\p{M}+", "").replaceAll("[^\\p{L}\\p{N}%$€]+", " ");
        return " " + plain.trim().replaceAll("\\s+", " ") + " ";
    }

    /** Whether the normalised text holds the phrase as whole words. */
    static boolean contains(String normalized, String phrase) {
        return normalized.contains(" " + phrase + " ");
    }
}
