package com.lyrox.knowledge.internal;

import java.sql.Array;
import java.sql.ResultSet;
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
 * The chunks of a company's sources in PostgreSQL: written in batches, searched by words
 * (the generated {@code search_vector}, GIN-indexed) and read whole for the dense index. Every
 * statement names the company, besides row-level security. Every change increments the
 * company's revision, which tells each application instance its dense index is stale.
 */
@Component
class ChunkStore {

    /** The text search configurations sources are indexed in. */
    static final List<String> LANGUAGES = List.of("spanish", "english", "portuguese", TextLanguage.SIMPLE);

    private static final String LEXICAL = """
            WITH q AS (SELECT to_tsquery('spanish', ?) AS es, to_tsquery('english', ?) AS en,
                              to_tsquery('portuguese', ?) AS pt, to_tsquery('simple', ?) AS simple)
            SELECT c.id, ts_rank_cd(c.search_vector, CASE c.language WHEN 'spanish'::regconfig THEN q.es
                       WHEN 'english'::regconfig THEN q.en WHEN 'portuguese'::regconfig THEN q.pt ELSE q.simple END, 32) AS rank
              FROM knowledge_chunks c, q
             WHERE c.company_id = ? AND c.search_vector @@ (q.es || q.en || q.pt || q.simple)
             ORDER BY rank DESC, c.id
             LIMIT ?""";

    private final JdbcTemplate jdbc;

    ChunkStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A chunk with its embedding, ready to store. */
    record EmbeddedChunk(Chunk chunk, float[] embedding) {
    }

    /** A stored chunk with its source's title and its full-text lexemes. */
    record StoredChunk(UUID id, UUID sourceId, String source, String heading, String text, String language,
                       Set<String> lexemes) {
    }

    /** Every embedding of a company, in one flat array ({@code ids.length × dimensions}). */
    record Vectors(long revision, UUID[] ids, float[] values, int dimensions) {
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

    /** Chunk ids best first by full-text rank; {@code orQuery} is the question's words joined with {@code |}. */
    List<UUID> lexical(UUID companyId, String orQuery, int limit) {
        return jdbc.query(LEXICAL, (rs, row) -> rs.getObject(1, UUID.class),
                orQuery, orQuery, orQuery, orQuery, companyId, limit);
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
                SELECT c.id, c.source_id, s.title, c.heading, c.text, c.language::text, tsvector_to_array(c.search_vector)
                  FROM knowledge_chunks c JOIN knowledge_sources s ON s.company_id = c.company_id AND s.id = c.source_id
                 WHERE c.company_id = ? AND c.id = ANY (?)""",
                (rs, row) -> new StoredChunk(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), strings(rs.getArray(7))),
                companyId, ids.toArray(UUID[]::new));
    }

    Vectors vectors(UUID companyId) {
        long revision = revision(companyId);
        List<UUID> ids = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        jdbc.query("SELECT id, embedding FROM knowledge_chunks WHERE company_id = ?", (ResultSet rs) -> {
            ids.add(rs.getObject(1, UUID.class));
            vectors.add(floats(rs.getArray(2)));
        }, companyId);
        int dimensions = vectors.isEmpty() ? 0 : vectors.get(0).length;
        float[] values = new float[ids.size() * dimensions];
        for (int i = 0; i < vectors.size(); i++) {
            System.arraycopy(vectors.get(i), 0, values, i * dimensions, dimensions);
        }
        return new Vectors(revision, ids.toArray(UUID[]::new), values, dimensions);
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
