package com.lyrox.customers.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The one rule for a customer's tags: trimmed, lower case, not blank, at most 100 characters, each once, in order. */
final class Tags {

    static final int MAX_LENGTH = 100;

    private Tags() {
    }

    static List<String> normalized(List<String> tags) {
        if (tags == null) {
            return new ArrayList<>();
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        tags.stream().filter(Objects::nonNull).map(tag -> tag.trim().toLowerCase(Locale.ROOT))
                .filter(tag -> !tag.isEmpty() && tag.length() <= MAX_LENGTH)
                .forEach(unique::add);
        return new ArrayList<>(unique);
    }
}
