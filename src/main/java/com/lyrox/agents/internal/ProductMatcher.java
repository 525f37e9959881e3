package com.lyrox.agents.internal;

import com.lyrox.products.ProductView;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Finds the catalog product a customer means: by the words of its name, or by "the first/second one". */
final class ProductMatcher {

    private static final Set<String> FILLER = Set.of("plan", "de", "del", "la", "el", "the", "o", "a", "e", "y", "and",
            "com", "con", "with", "para", "for", "por");
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("primero", 0), Map.entry("primer", 0), Map.entry("first", 0), Map.entry("primeiro", 0),
            Map.entry("segundo", 1), Map.entry("second", 1), Map.entry("tercero", 2), Map.entry("third", 2),
            Map.entry("terceiro", 2));

    private ProductMatcher() {
    }

    static Optional<ProductView> match(String normalized, List<ProductView> catalog) {
        ProductView best = null;
        int bestScore = 0;
        for (ProductView product : catalog) {
            int score = score(normalized, product);
            if (score > bestScore) {
                best = product;
                bestScore = score;
            }
        }
        if (best != null) {
            return Optional.of(best);
        }
        for (var ordinal : ORDINALS.entrySet()) {
            if (TextNormalizer.contains(normalized, ordinal.getKey()) && ordinal.getValue() < catalog.size()) {
                return Optional.of(catalog.get(ordinal.getValue()));
            }
        }
        return Optional.empty();
    }

    private static int score(String normalized, ProductView product) {
        String name = TextNormalizer.normalize(product.name());
        if (normalized.contains(name)) {
            return 100;
        }
        return (int) Arrays.stream(name.trim().split(" "))
                .filter(word -> word.length() >= 4 && !FILLER.contains(word))
                .filter(word -> normalized.contains(" " + word) || normalized.contains(" " + stem(word)))
                .count();
    }

    /** "personalizado" also matches "personalizada" and "personalized", "mensual" matches "mensuales". */
    private static String stem(String word) {
        return word.length() > 6 ? word.substring(0, word.length() - 3) : word;
    }
}
