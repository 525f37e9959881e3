package com.lyrox.knowledge.internal;

import com.lyrox.knowledge.KnowledgeSettings;
import com.lyrox.knowledge.Passage;
import com.lyrox.knowledge.SearchMode;
import com.lyrox.knowledge.SearchResponse;
import com.lyrox.platform.TenantContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Searches the current company's chunks by words and by meaning and merges both rankings by
 * reciprocal rank fusion. Words: the question's lexemes as PostgreSQL's text search makes them
 * in each language (stemmed, stop words left out), matched against each chunk's lexemes in the
 * chunk's own language and ranked by BM25. Meaning: cosine similarity of embeddings. The
 * embedding model reads English: for questions in other languages its ranking weighs less
 * ({@code lyrox.knowledge.dense-weight}) and its similarity does not count towards the score.
 * Each passage is scored 0–1 as the share of the question's words it holds, weighted by how rare
 * each word is (or, for English questions, its cosine similarity when larger), so a question the
 * knowledge base does not answer scores low whatever its rank.
 */
@Component
class HybridSearch {

    static final int RRF_K = 60;
    /** The language the embedding model was trained on; in others its similarities are much weaker. */
    static final String EMBEDDING_LANGUAGE = "english";

    private final ChunkStore store;
    private final CompanyIndexes indexes;
    private final Embedder embedder;
    private final KnowledgeSettings settings;

    HybridSearch(ChunkStore store, CompanyIndexes indexes, Embedder embedder, KnowledgeSettings settings) {
        this.store = store;
        this.indexes = indexes;
        this.embedder = embedder;
        this.settings = settings;
    }

    SearchResponse search(String query, int limit, SearchMode mode) {
        UUID companyId = TenantContext.requireCompanyId();
        CompanyIndex index = indexes.of(companyId);
        int candidates = Math.max(limit, settings.candidates());
        Map<UUID, Double> coverage = new HashMap<>();
        List<CompanyIndex.Hit> byWords = mode == SearchMode.DENSE ? List.of()
                : index.byWords(store.lexemesByLanguage(query), candidates, coverage);
        List<CompanyIndex.Hit> byMeaning = mode == SearchMode.LEXICAL ? List.of()
                : index.nearest(embedder.embed(query), candidates);
        boolean denseCounts = mode == SearchMode.DENSE || EMBEDDING_LANGUAGE.equals(TextLanguage.ofQuestion(query));
        List<UUID> fused = fuse(ids(byWords), ids(byMeaning), denseCounts ? 1.0 : settings.denseWeight(), limit);
        Map<UUID, Double> similarity = byMeaning.stream()
                .collect(Collectors.toMap(CompanyIndex.Hit::chunkId, CompanyIndex.Hit::score));
        Map<UUID, ChunkStore.StoredChunk> chunks = store.find(companyId, fused).stream()
                .collect(Collectors.toMap(ChunkStore.StoredChunk::id, Function.identity()));
        List<Passage> passages = new ArrayList<>();
        for (UUID id : fused) {
            ChunkStore.StoredChunk chunk = chunks.get(id);
            if (chunk != null) {
                double words = coverage.getOrDefault(id, 0.0);
                double score = denseCounts ? Math.max(words, similarity.getOrDefault(id, 0.0)) : words;
                score = Math.max(0, Math.min(1, score));
                passages.add(new Passage(chunk.id(), chunk.sourceId(), chunk.source(), chunk.heading(), chunk.text(),
                        Math.round(score * 1000) / 1000.0, score >= settings.minScore()));
            }
        }
        return new SearchResponse(passages, settings.minScore());
    }

    /**
     * Reciprocal rank fusion: each ranking adds weight / (60 + rank) to the chunks it holds; the
     * words' ranking weighs 1, the meaning's {@code denseWeight}.
     */
    static List<UUID> fuse(List<UUID> byWords, List<UUID> byMeaning, double denseWeight, int limit) {
        Map<UUID, Double> fused = new HashMap<>();
        for (int rank = 0; rank < byWords.size(); rank++) {
            fused.merge(byWords.get(rank), 1.0 / (RRF_K + rank + 1), Double::sum);
        }
        for (int rank = 0; rank < byMeaning.size(); rank++) {
            fused.merge(byMeaning.get(rank), denseWeight / (RRF_K + rank + 1), Double::sum);
        }
        return fused.entrySet().stream()
                .sorted(Map.Entry.<UUID, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<UUID> ids(List<CompanyIndex.Hit> hits) {
        return hits.stream().map(CompanyIndex.Hit::chunkId).toList();
    }
}
