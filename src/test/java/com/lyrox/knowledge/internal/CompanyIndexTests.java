package com.lyrox.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Ranking by words (BM25 in each chunk's language) and by meaning, and the word coverage behind the score. */
class CompanyIndexTests {

    static final UUID HOURS = UUID.randomUUID();
    static final UUID REFUNDS = UUID.randomUUID();
    static final UUID ENGLISH = UUID.randomUUID();

    final CompanyIndex index = new CompanyIndex(1, List.of(
            row(HOURS, "spanish", Map.of("horari", 2, "sab", 1, "lun", 1, "atencion", 1), new float[] {1, 0, 0}),
            row(REFUNDS, "spanish", Map.of("reembols", 2, "dias", 1, "pag", 1, "sab", 1), new float[] {0, 1, 0}),
            row(ENGLISH, "english", Map.of("refund", 1, "day", 1, "payment", 1), new float[] {0, 0, 1})));

    @Test
    void ranksByRareWordsInTheChunksOwnLanguage() {
        Map<UUID, Double> coverage = new HashMap<>();
        var hits = index.byWords(Map.of("spanish", Set.of("reembols", "sab"), "english", Set.of("reembols", "sab")), 10, coverage);
        assertThat(hits).extracting(CompanyIndex.Hit::chunkId).containsExactly(REFUNDS, HOURS);
        assertThat(coverage.get(REFUNDS)).isCloseTo(1.0, within(1e-9));
        assertThat(coverage.get(HOURS)).isLessThan(0.5);
    }

    @Test
    void englishLexemesMatchOnlyEnglishChunks() {
        Map<UUID, Double> coverage = new HashMap<>();
        var hits = index.byWords(Map.of("spanish", Set.of("refund"), "english", Set.of("refund", "polici")), 10, coverage);
        assertThat(hits).extracting(CompanyIndex.Hit::chunkId).containsExactly(ENGLISH);
        assertThat(coverage.get(ENGLISH)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aQuestionWithoutKnownWordsFindsNothing() {
        Map<UUID, Double> coverage = new HashMap<>();
        assertThat(index.byWords(Map.of("spanish", Set.of("bicicl"), "english", Set.of()), 10, coverage)).isEmpty();
        assertThat(coverage).isEmpty();
    }

    @Test
    void nearestByCosine() {
        var hits = index.nearest(new float[] {0.8f, 0.6f, 0}, 2);
        assertThat(hits).extracting(CompanyIndex.Hit::chunkId).containsExactly(HOURS, REFUNDS);
        assertThat(hits.get(0).score()).isCloseTo(0.8, within(1e-6));
        assertThat(new CompanyIndex(0, List.of()).nearest(new float[] {1, 0, 0}, 3)).isEmpty();
    }

    @Test
    void fusionPutsWhatBothRankingsAgreeOnFirst() {
        UUID onlyWords = UUID.randomUUID();
        UUID both = UUID.randomUUID();
        UUID onlyMeaning = UUID.randomUUID();
        List<UUID> fused = HybridSearch.fuse(List.of(onlyWords, both), List.of(onlyMeaning, both), 1.0, 3);
        assertThat(fused.get(0)).isEqualTo(both);
        assertThat(fused).containsExactlyInAnyOrder(both, onlyWords, onlyMeaning);
        assertThat(HybridSearch.fuse(List.of(onlyWords), List.of(onlyMeaning), 0.5, 1)).containsExactly(onlyWords);
    }

    private static CompanyIndex.Row row(UUID id, String language, Map<String, Integer> lexemes, float[] embedding) {
        String[] words = lexemes.keySet().toArray(String[]::new);
        int[] frequencies = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            frequencies[i] = lexemes.get(words[i]);
        }
        return new CompanyIndex.Row(id, language, words, frequencies, embedding);
    }
}
