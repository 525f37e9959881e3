package com.lyrox.knowledge.internal;

import com.lyrox.knowledge.KnowledgeSettings;
import com.lyrox.knowledge.Passage;
import com.lyrox.knowledge.SearchMode;
import com.lyrox.knowledge.SearchResponse;
import com.lyrox.platform.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Searches the current company's chunks by words (PostgreSQL full text in the source's
 * language, any of the question's words) and by meaning (embeddings), and merges both rankings
 * by reciprocal rank fusion. Each passage is scored 0–1 as the larger of the share of the
 * question's words it holds and its cosine similarity, so a question the knowledge base does
 * not answer scores low whatever its rank.
 */
@Component
class HybridSearch {

    static final int RRF_K = 60;
    private static final int MAX_QUERY_WORDS = 32;

    private final ChunkStore store;
    private final DenseIndex dense;
    private final Embedder embedder;
    private final KnowledgeSettings settings;

    HybridSearch(ChunkStore store, DenseIndex dense, Embedder embedder, KnowledgeSettings settings) {
        this.store = store;
        this.dense = dense;
        this.embedder = embedder;
        this.settings = settings;
    }

    SearchResponse search(String query, int limit, SearchMode mode) {
        UUID companyId = TenantContext.requireCompanyId();
        int candidates = Math.max(limit, settings.candidates());
        List<UUID> byWords = mode == SearchMode.DENSE ? List.of() : byWords(companyId, query, candidates);
        List<DenseIndex.Neighbour> byMeaning = mode == SearchMode.LEXICAL ? List.of()
                : dense.nearest(companyId, embedder.embed(query), candidates);
        List<UUID> fused = fuse(List.of(byWords, byMeaning.stream().map(DenseIndex.Neighbour::chunkId).toList()), limit);
        Map<UUID, Double> similarities = byMeaning.stream()
                .collect(Collectors.toMap(DenseIndex.Neighbour::chunkId, DenseIndex.Neighbour::similarity));
        Map<String, Set<String>> questionLexemes = store.lexemesByLanguage(query);
        Map<UUID, ChunkStore.StoredChunk> chunks = store.find(companyId, fused).stream()
                .collect(Collectors.toMap(ChunkStore.StoredChunk::id, Function.identity()));
        List<Passage> passages = new ArrayList<>();
        for (UUID id : fused) {
            ChunkStore.StoredChunk chunk = chunks.get(id);
            if (chunk != null) {
                double score = Math.max(coverage(questionLexemes.get(chunk.language()), chunk.lexemes()),
                        similarities.getOrDefault(id, 0.0));
                score = Math.max(0, Math.min(1, score));
                passages.add(new Passage(chunk.id(), chunk.sourceId(), chunk.source(), chunk.heading(), chunk.text(),
                        Math.round(score * 1000) / 1000.0, score >= settings.minScore()));
            }
        }
        return new SearchResponse(passages, settings.minScore());
    }

    private List<UUID> byWords(UUID companyId, String query, int candidates) {
        String orQuery = orQuery(query);
        return orQuery.isEmpty() ? List.of() : store.lexical(companyId, orQuery, candidates);
    }

    /** The question's words joined with {@code |}: a passage need not hold all of them to be found. */
    static String orQuery(String query) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && words.size() < MAX_QUERY_WORDS) {
                words.add(word);
            }
        }
        return String.join(" | ", words);
    }

    /** Reciprocal rank fusion: each ranking adds 1 / (60 + rank) to the chunks it holds. */
    static List<UUID> fuse(List<List<UUID>> rankings, int limit) {
        Map<UUID, Double> fused = new HashMap<>();
        for (List<UUID> ranking : rankings) {
            for (int rank = 0; rank < ranking.size(); rank++) {
                fused.merge(ranking.get(rank), 1.0 / (RRF_K + rank + 1), Double::sum);
            }
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The share of the question's lexemes (stop words left out) that the chunk holds. */
    private static double coverage(Set<String> question, Set<String> chunk) {
        if (question == null || question.isEmpty()) {
            return 0;
        }
        return question.stream().filter(chunk::contains).count() / (double) question.size();
    }
}
