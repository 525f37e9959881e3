package com.lyrox.platform;

import java.util.Locale;

/** Turns a user's search box text into a case-insensitive LIKE pattern (escape character {@code \}). */
public final class SearchText {

    private SearchText() {
    }

    /** {@code %text%} in lower case with LIKE's wildcards taken literally, or null for no search. */
    public static String likePattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String literal = text.trim().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + literal + "%";
    }
}
