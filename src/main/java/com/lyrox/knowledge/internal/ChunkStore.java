package com.lyrox.knowledge.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The chunks of a company's sources in PostgreSQL: written in batches with the lexemes
 * PostgreSQL's text search makes of them (the generated {@code search_vector}) and their
 * embeddings, and read whole into a {@link CompanyIndex}. Every statement names the company,
 * besides row-level security. Every change increments the company's revision, which tells each
 * application instance its index is stale.
 */
@Component
class ChunkStore {

    /** The text search configurations sources are indexed in. */
    static final List<String> LANGUAGES = List.of("spanish", "english", "portuguese", TextLanguage.SIMPLE);

    private final JdbcTemplate jdbc;

    ChunkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A chunk with its embedding, ready to store. */
    record EmbeddedChunk(Chunk chunk, float[] embedding) {
    }

    /** A stored chunk with its source's title. */
    record StoredChunk(UUID id, UUID sourceId, String source, String heading, String text) {
    }

    void replace(UUID companyId, UUID sourceId, String language, List<EmbeddedChunk> chunks) {
        deleteOf(companyId, sourceId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            EmbeddedChunk chunk = chunks.get(i);
            rows.add(new Object[] {UUID.randomUUID(), companyId, sourceId, i, chunk.chunk().heading(),
                    chunk.chunk().text(), language, chunk.embedding()});
        }
        jdbc.batchUpdate("""
                INSERT INTO knowledge_chunks (id, company_id, source_id, position, heading, text, language, embedding)
                VALUES (?, ?, ?, ?, ?, ?, ?::regconfig, ?)""", rows);
        touch(companyId);
    }

    void deleteOf(UUID companyId, UUID sourceId) {
        jdbc.update("DELETE FROM knowledge_chunks WHERE company_id = ? AND source_id = ?", companyId, sourceId);
        touch(companyId);
    }

    /** Marks the company's chunks changed (also after a source and its chunks were deleted). */
    void touch(UUID companyId) {
        jdbc.update("""
                INSERT INTO knowledge_bases (company_id, revision) VALUES (?, 1)
                ON CONFLICT (company_id) DO UPDATE SET revision = knowledge_bases.revision + 1""", companyId);
    }

    long revision(UUID companyId) {
        return jdbc.query("SELECT revision FROM knowledge_bases WHERE company_id = ?",
                rs -> rs.next() ? rs.getLong(1) : 0L, companyId);
    }

    /** The lexemes of a question in each configuration, to tell how much of it a chunk holds. */
    Map<String, Set<String>> lexemesByLanguage(String text) {
        return jdbc.query("""
                SELECT tsvector_to_array(to_tsvector('spanish', ?)), tsvector_to_array(to_tsvector('english', ?)),
                       tsvector_to_array(to_tsvector('portuguese', ?)), tsvector_to_array(to_tsvector('simple', ?))""",
                rs -> {
                    rs.next();
                    Map<String, Set<String>> lexemes = new HashMap<>();
                    for (int i = 0; i < LANGUAGES.size(); i++) {
                        lexemes.put(LANGUAGES.get(i), strings(rs.getArray(i + 1)));
                    }
                    return lexemes;
                }, text, text, text, text);
    }

    List<StoredChunk> find(UUID companyId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT c.id, c.source_id, s.title, c.heading, c.text
                  FROM knowledge_chunks c JOIN knowledge_sources s ON s.company_id = c.company_id AND s.id = c.source_id
                 WHERE c.company_id = ? AND c.id = ANY (?)""",
                (rs, row) -> new StoredChunk(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5)),
                companyId, ids.toArray(UUID[]::new));
    }

    /** A snapshot of the company's chunks as searched: lexemes with their frequencies, and embeddings. */
    CompanyIndex index(UUID companyId) {
        long revision = revision(companyId);
        List<CompanyIndex.Row> rows = jdbc.query("""
                SELECT c.id, c.language::text,
                       ARRAY(SELECT lexeme FROM unnest(c.search_vector)),
                       ARRAY(SELECT coalesce(array_length(positions, 1), 1) FROM unnest(c.search_vector)),
                       c.embedding
                  FROM knowledge_chunks c
                 WHERE c.company_id = ?""",
                (rs, row) -> new CompanyIndex.Row(rs.getObject(1, UUID.class), rs.getString(2),
                        (String[]) rs.getArray(3).getArray(), ints(rs.getArray(4)), floats(rs.getArray(5))),
                companyId);
        return new CompanyIndex(revision, rows);
    }

    private static int[] ints(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        int[] ints = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            ints[i] = ((Number) values[i]).intValue();
        }
        return ints;
    }

    private static float[] floats(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        float[] vector = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            vector[i] = ((Number) values[i]).floatValue();
        }
        return vector;
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : Set.of((String[]) array.getArray());
    }
}
