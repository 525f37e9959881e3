package com.lyrox.agents.internal;

import com.lyrox.agents.KnowledgeGaps;
import com.lyrox.platform.TenantContext;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A search of the knowledge base that found nothing is a gap: kept as an {@code agent_logs} row
 * ({@code knowledge_gap}, the question), so the owner sees what customers ask that no FAQ or
 * document answers. Grouped by the question's words, case and punctuation aside.
 */
@Component
class KnowledgeGapLog implements KnowledgeGaps {

    static final String EVENT = "knowledge_gap";
    static final int LONGEST = 500;

    private final AgentLogs logs;
    private final JdbcTemplate jdbc;

    KnowledgeGapLog(AgentLogs logs, JdbcTemplate jdbc) {
        this.logs = logs;
        this.jdbc = jdbc;
    }

    void record(UUID customerId, UUID conversationId, String question) {
        if (question == null || question.isBlank()) {
            return;
        }
        String asked = question.strip();
        logs.record(EVENT, customerId, Map.of("question", asked.length() > LONGEST ? asked.substring(0, LONGEST) : asked,
                "conversationId", String.valueOf(conversationId)), 0, 0, BigDecimal.ZERO);
    }

    @Override
    public List<Gap> between(Instant from, Instant to, int most) {
        return jdbc.query("""
                SELECT (array_agg(event_data ->> 'question' ORDER BY created_at DESC))[1] AS question, count(*) AS times,
                       max(created_at) AS last_asked
                  FROM agent_logs
                 WHERE company_id = ? AND event_type = ? AND created_at >= ? AND created_at < ?
                 GROUP BY lower(regexp_replace(event_data ->> 'question', '[^[:alnum:][:space:]]+', '', 'g'))
                 ORDER BY count(*) DESC, max(created_at) DESC
                 LIMIT ?""", (row, index) -> new Gap(row.getString("question"), row.getLong("times"),
                row.getTimestamp("last_asked").toInstant()), TenantContext.requireCompanyId(), EVENT, Timestamp.from(from),
                Timestamp.from(to), most);
    }
}
