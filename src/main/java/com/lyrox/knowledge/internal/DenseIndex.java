package com.lyrox.knowledge.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Nearest chunks by meaning: each company's unit vectors held in memory as one flat array and
 * scanned with dot products (10,000 chunks of 384 dimensions is 15 MB and a few milliseconds).
 * A company's copy is reloaded when its revision in the database moved, so every instance sees
 * every change; the least recently searched companies are dropped beyond {@link #COMPANIES}.
 */
@Component
class DenseIndex {

    private static final int COMPANIES = 64;

    private final ChunkStore store;
    private final Map<UUID, ChunkStore.Vectors> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, ChunkStore.Vectors> eldest) {
            return size() > COMPANIES;
        }
    };

    DenseIndex(ChunkStore store) {
        this.store = store;
    }

    /** A chunk and its cosine similarity to the question. */
    record Neighbour(UUID chunkId, double similarity) {
    }

    List<Neighbour> nearest(UUID companyId, float[] query, int limit) {
        ChunkStore.Vectors vectors = vectors(companyId);
        int dimensions = vectors.dimensions();
        if (dimensions == 0 || dimensions != query.length) {
            return List.of();
        }
        PriorityQueue<Neighbour> best = new PriorityQueue<>((a, b) -> Double.compare(a.similarity(), b.similarity()));
        float[] values = vectors.values();
        for (int row = 0; row < vectors.ids().length; row++) {
            int offset = row * dimensions;
            float dot = 0;
            for (int i = 0; i < dimensions; i++) {
                dot += values[offset + i] * query[i];
            }
            if (best.size() < limit) {
                best.add(new Neighbour(vectors.ids()[row], dot));
            } else if (dot > best.peek().similarity()) {
                best.poll();
                best.add(new Neighbour(vectors.ids()[row], dot));
            }
        }
        List<Neighbour> ordered = new ArrayList<>(best);
        ordered.sort((a, b) -> Double.compare(b.similarity(), a.similarity()));
        return ordered;
    }

    private ChunkStore.Vectors vectors(UUID companyId) {
        long revision = store.revision(companyId);
        ChunkStore.Vectors cached;
        synchronized (cache) {
            cached = cache.get(companyId);
        }
        if (cached != null && cached.revision() == revision) {
            return cached;
        }
        ChunkStore.Vectors loaded = store.vectors(companyId);
        synchronized (cache) {
            cache.put(companyId, loaded);
        }
        return loaded;
    }
}
