package com.lyrox.knowledge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * One company's chunks as searched: their unit vectors in one flat array (scanned with dot
 * products), and an inverted index of the lexemes PostgreSQL's text search made of them, in
 * each chunk's language (ranked with BM25). Built from one snapshot of the database; immutable.
 */
final class CompanyIndex {

    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final Posting[] NO_POSTINGS = new Posting[0];

    private final long revision;
    private final UUID[] ids;
    private final String[] languages;
    private final Map<UUID, Integer> rows;
    private final float[] vectors;
    private final int dimensions;
    private final Map<String, Posting[]> postings;
    private final float[] lengths;
    private final double averageLength;

    /** A chunk's row and how often it holds a lexeme. */
    record Posting(int row, int frequency) {
    }

    /** A chunk of the snapshot: id, text search language, lexemes with their frequencies, embedding. */
    record Row(UUID id, String language, String[] lexemes, int[] frequencies, float[] embedding) {
    }

    /** A chunk and how well it matched. */
    record Hit(UUID chunkId, double score) {
    }

    CompanyIndex(long revision, List<Row> snapshot) {
        this.revision = revision;
        this.ids = new UUID[snapshot.size()];
        this.languages = new String[snapshot.size()];
        this.rows = new HashMap<>();
        this.dimensions = snapshot.isEmpty() ? 0 : snapshot.get(0).embedding().length;
        this.vectors = new float[snapshot.size() * dimensions];
        this.lengths = new float[snapshot.size()];
        Map<String, List<Posting>> building = new HashMap<>();
        double total = 0;
        for (int row = 0; row < snapshot.size(); row++) {
            Row chunk = snapshot.get(row);
            ids[row] = chunk.id();
            languages[row] = chunk.language();
            this.rows.put(chunk.id(), row);
            System.arraycopy(chunk.embedding(), 0, vectors, row * dimensions, dimensions);
            int length = 0;
            for (int i = 0; i < chunk.lexemes().length; i++) {
                building.computeIfAbsent(key(chunk.language(), chunk.lexemes()[i]), k -> new ArrayList<>())
                        .add(new Posting(row, chunk.frequencies()[i]));
                length += chunk.frequencies()[i];
            }
            lengths[row] = length;
            total += length;
        }
        this.averageLength = snapshot.isEmpty() ? 1 : Math.max(1, total / snapshot.size());
        this.postings = new HashMap<>();
        building.forEach((key, list) -> postings.put(key, list.toArray(Posting[]::new)));
    }

    long revision() {
        return revision;
    }

    /** The chunks nearest in meaning, best first, scored by cosine similarity. */
    List<Hit> nearest(float[] query, int limit) {
        if (dimensions == 0 || dimensions != query.length) {
            return List.of();
        }
        PriorityQueue<Hit> best = new PriorityQueue<>((a, b) -> Double.compare(a.score(), b.score()));
        for (int row = 0; row < ids.length; row++) {
            offer(best, row, dot(row * dimensions, query), limit);
        }
        return ordered(best);
    }

    /**
     * The chunks that hold the question's lexemes (in the chunk's language), best first by BM25;
     * {@code coverage} receives, for each of them, the share of the question's weight (IDF) they hold.
     */
    List<Hit> byWords(Map<String, Set<String>> questionLexemes, int limit, Map<UUID, Double> coverage) {
        double[] scores = new double[ids.length];
        double[] matched = new double[ids.length];
        List<Integer> touched = new ArrayList<>();
        Map<String, Double> questionWeight = new HashMap<>();
        for (var language : questionLexemes.entrySet()) {
            double weight = 0;
            for (String lexeme : language.getValue()) {
                Posting[] list = postings.getOrDefault(key(language.getKey(), lexeme), NO_POSTINGS);
                double idf = idf(list.length);
                weight += idf;
                for (Posting posting : list) {
                    int row = posting.row();
                    double tf = posting.frequency();
                    if (matched[row] == 0) {
                        touched.add(row);
                    }
                    scores[row] += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * lengths[row] / averageLength));
                    matched[row] += idf;
                }
            }
            questionWeight.put(language.getKey(), weight);
        }
        PriorityQueue<Hit> best = new PriorityQueue<>((a, b) -> Double.compare(a.score(), b.score()));
        for (int row : touched) {
            offer(best, row, scores[row], limit);
        }
        List<Hit> hits = ordered(best);
        for (Hit hit : hits) {
            int row = rows.get(hit.chunkId());
            double weight = questionWeight.getOrDefault(languages[row], 0.0);
            coverage.put(hit.chunkId(), weight == 0 ? 0 : matched[row] / weight);
        }
        return hits;
    }

    /**
     * How telling a lexeme is, from the number of chunks that hold it; a lexeme no chunk holds
     * weighs as much as the rarest one that some chunk holds, so a small knowledge base does not
     * count every word it lacks as decisive.
     */
    private double idf(int documentFrequency) {
        int frequency = Math.max(1, documentFrequency);
        return Math.log(1 + (ids.length - frequency + 0.5) / (frequency + 0.5));
    }

    /** A row's dot product with the query, in four independent sums the CPU can run side by side. */
    private double dot(int offset, float[] query) {
        float a = 0;
        float b = 0;
        float c = 0;
        float d = 0;
        int i = 0;
        for (; i + 3 < dimensions; i += 4) {
            a += vectors[offset + i] * query[i];
            b += vectors[offset + i + 1] * query[i + 1];
            c += vectors[offset + i + 2] * query[i + 2];
            d += vectors[offset + i + 3] * query[i + 3];
        }
        for (; i < dimensions; i++) {
            a += vectors[offset + i] * query[i];
        }
        return a + b + c + d;
    }

    /** Keeps the row among the best {@code limit} seen so far. */
    private void offer(PriorityQueue<Hit> best, int row, double score, int limit) {
        if (best.size() < limit) {
            best.add(new Hit(ids[row], score));
        } else if (score > best.peek().score()) {
            best.poll();
            best.add(new Hit(ids[row], score));
        }
    }

    private static List<Hit> ordered(PriorityQueue<Hit> best) {
        List<Hit> ordered = new ArrayList<>(best);
        ordered.sort((a, b) -> Double.compare(b.score(), a.score()));
        return ordered;
    }

    private static String key(String language, String lexeme) {
        return language + ':' + lexeme;
    }
}
