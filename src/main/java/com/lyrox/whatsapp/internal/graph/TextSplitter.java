package com.lyrox.whatsapp.internal.graph;

import java.util.ArrayList;
import java.util.List;

/** Splits text longer than WhatsApp's limit at sentence ends (else at spaces, else hard). */
final class TextSplitter {

    private TextSplitter() {
    }

    static List<String> split(String text, int limit) {
        List<String> parts = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > limit) {
            int cut = lastBreak(rest, limit);
            parts.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int lastBreak(String text, int limit) {
        for (int i = limit; i > limit / 2; i--) {
            char previous = text.charAt(i - 1);
            if ((previous == '.' || previous == '!' || previous == '?' || previous == '\n')
                    && Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        int space = text.lastIndexOf(' ', limit);
        return space > 0 ? space : limit;
    }
}
