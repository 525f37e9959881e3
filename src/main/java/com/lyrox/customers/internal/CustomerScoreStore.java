package com.lyrox.customers.internal;

import com.lyrox.customers.LeadScores;
import com.lyrox.customers.Stage;
import com.lyrox.platform.TenantContext;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Customers' facts for lead scoring, and their scores written back in one batch. A score is not
 * a change of the customer (no {@code updated_at}, no {@code CustomerChanged}): it is Lyrox's
 * reading of them, recomputed often.
 */
@Component
class CustomerScoreStore implements LeadScores {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    CustomerScoreStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Facts> facts(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT id, stage, cardinality(tags) AS tags, first_contact, last_interaction, total_interactions
                      FROM customers WHERE company_id = ? AND id = ANY (?)""");
            statement.setObject(1, TenantContext.requireCompanyId());
            statement.setArray(2, connection.createArrayOf("uuid", customerIds.toArray()));
            return statement;
        }, (row, index) -> {
            Timestamp last = row.getTimestamp("last_interaction");
            return new Facts(row.getObject("id", UUID.class), Stage.valueOf(row.getString("stage")), row.getInt("tags"),
                    row.getTimestamp("first_contact").toInstant(), last == null ? null : last.toInstant(),
                    row.getInt("total_interactions"));
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> idsAfter(UUID after, int limit) {
        return after == null
                ? jdbc.queryForList("SELECT id FROM customers WHERE company_id = ? ORDER BY id LIMIT ?", UUID.class,
                        TenantContext.requireCompanyId(), limit)
                : jdbc.queryForList("SELECT id FROM customers WHERE company_id = ? AND id > ? ORDER BY id LIMIT ?", UUID.class,
                        TenantContext.requireCompanyId(), after, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Ranked> bestLeads(int most) {
        return jdbc.query("""
                SELECT id, name, phone, stage, score, score_factors::text AS factors, last_interaction
                  FROM customers
                 WHERE company_id = ? AND score IS NOT NULL AND stage IN ('LEAD', 'QUALIFIED') AND NOT opted_out
                 ORDER BY score DESC, id LIMIT ?""", (row, index) -> {
            Timestamp last = row.getTimestamp("last_interaction");
            return new Ranked(row.getObject("id", UUID.class), row.getString("name"), row.getString("phone"),
                    Stage.valueOf(row.getString("stage")), row.getInt("score"), ScoreFactors.read(row.getString("factors")),
                    last == null ? null : last.toInstant());
        }, TenantContext.requireCompanyId(), most);
    }

    @Override
    @Transactional
    public void record(List<Score> scores) {
        UUID companyId = TenantContext.requireCompanyId();
        jdbc.batchUpdate("UPDATE customers SET score = ?, scored_at = ?, score_factors = ?::jsonb WHERE company_id = ? AND id = ?",
                scores, 500, (statement, score) -> {
                    statement.setInt(1, Math.max(0, Math.min(100, score.score())));
                    statement.setTimestamp(2, Timestamp.from(score.scoredAt()));
                    statement.setString(3, json.writeValueAsString(score.factors()));
                    statement.setObject(4, companyId);
                    statement.setObject(5, score.customerId());
                });
    }
}
