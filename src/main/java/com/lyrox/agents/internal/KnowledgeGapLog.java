package com.lyrox.agents.internal;

import com.lyrox.agents.KnowledgeGaps;
import com.lyrox.platform.TenantContext;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * A search of the knowledge base that found nothing is a gap: kept as an {@code agent_logs} row
 * ({@code knowledge_gap}, the question), so the owner sees what customers ask that no FAQ or
 * document answers, grouped by the question's words (case and punctuation aside). The turn only
 * notes it in memory; the notes are written every {@code lyrox.agents.knowledge-gap-delay} and at
 * shutdown, so a gap costs the message path no store call (a crash loses at most that delay's).
 */
@Component
class KnowledgeGapLog implements KnowledgeGaps {

    static final String EVENT = "knowledge_gap";
    static final int LONGEST = 500;
    private static final Logger log = LoggerFactory.getLogger(KnowledgeGapLog.class);

    /** A gap noted in a turn, not written yet. */
    private record Noted(UUID companyId, UUID customerId, UUID conversationId, String question, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final ConcurrentLinkedQueue<Noted> unwritten = new ConcurrentLinkedQueue<>();

    KnowledgeGapLog(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    void record(UUID customerId, UUID conversationId, String question) {
        if (question == null || question.isBlank()) {
            return;
        }
        String asked = question.strip();
        unwritten.add(new Noted(TenantContext.requireCompanyId(), customerId, conversationId,
                asked.length() > LONGEST ? asked.substring(0, LONGEST) : asked, clock.instant()));
    }

    /** Writes the gaps noted since the last run, each company's in its own tenant; a failed company's are noted again. */
    @Scheduled(fixedDelayString = "${lyrox.agents.knowledge-gap-delay:2s}", initialDelayString = "${lyrox.agents.knowledge-gap-delay:2s}")
    @PreDestroy
    void write() {
        List<Noted> taken = new ArrayList<>();
        for (Noted noted = unwritten.poll(); noted != null; noted = unwritten.poll()) {
            taken.add(noted);
        }
        taken.stream().collect(Collectors.groupingBy(Noted::companyId)).forEach((companyId, gaps) -> {
            try {
                TenantContext.runAs(companyId, null, () -> jdbc.batchUpdate("""
                        INSERT INTO agent_logs (id, company_id, agent_type, event_type, event_data, customer_id, created_at)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?, ?)""", gaps, gaps.size(), (statement, gap) -> {
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, companyId);
                    statement.setString(3, AgentLogs.SALES_AGENT);
                    statement.setString(4, EVENT);
                    statement.setString(5, json.writeValueAsString(Map.of("question", gap.question(),
                            "conversationId", String.valueOf(gap.conversationId()))));
                    statement.setObject(6, gap.customerId());
                    statement.setTimestamp(7, Timestamp.from(gap.at()));
                }));
            } catch (RuntimeException e) {
                unwritten.addAll(gaps);
                log.warn("{} knowledge gaps of company {} not written yet, retried: {}", gaps.size(), companyId, e.toString());
            }
        });
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
