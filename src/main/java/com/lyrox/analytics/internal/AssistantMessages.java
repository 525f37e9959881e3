package com.lyrox.analytics.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.lyrox.platform.PageResponse;
import com.lyrox.platform.TenantContext;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** The assistant's conversation with each member, in {@code assistant_messages}. */
@Component
class AssistantMessages {

    /** One message, as the seeds' ChatMessage: who wrote it, what, what it cost and how long it took. */
    @Schema(name = "AssistantMessage")
    record View(UUID id, @Schema(example = "assistant", description = "user or assistant") String role,
                @Schema(example = "12 new leads wrote for the first time this week (2026-11-30 – 2026-12-06).") String content,
                @Schema(description = "Model tokens (0 for the offline assistant)") int tokens,
                @Schema(type = "string", example = "0.000000") @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal cost,
                @Schema(description = "How long the answer took") int latencyMs,
                @Schema(description = "kind, language, period, model; on answers the figures named and the links")
                Map<String, Object> metadata,
                @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt) {
    }

    private static final TypeReference<Map<String, Object>> METADATA = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AssistantMessages(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    View add(UUID userId, String role, String content, int tokens, BigDecimal cost, int latencyMs, Map<String, Object> metadata,
             Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO assistant_messages (id, company_id, user_id, role, content, tokens, cost_usd, latency_ms, metadata, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)""", id, TenantContext.requireCompanyId(), userId, role, content, tokens,
                cost, latencyMs, json.writeValueAsString(metadata), Timestamp.from(at));
        return new View(id, role, content, tokens, cost, latencyMs, metadata, at);
    }

    /** The questions the company's members asked since {@code since}. */
    long questionsSince(Instant since) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM assistant_messages WHERE company_id = ? AND role = 'user' AND created_at >= ?",
                Long.class, TenantContext.requireCompanyId(), Timestamp.from(since));
        return count == null ? 0 : count;
    }

    /** A member's messages, newest first. */
    PageResponse<View> of(UUID userId, int page, int size) {
        UUID companyId = TenantContext.requireCompanyId();
        Long total = jdbc.queryForObject("SELECT count(*) FROM assistant_messages WHERE company_id = ? AND user_id = ?", Long.class,
                companyId, userId);
        List<View> items = jdbc.query("""
                SELECT id, role, content, tokens, cost_usd, latency_ms, metadata::text AS metadata, created_at
                  FROM assistant_messages WHERE company_id = ? AND user_id = ?
                 ORDER BY created_at DESC, role DESC LIMIT ? OFFSET ?""", this::view, companyId, userId, size, (long) page * size);
        return new PageResponse<>(items, page, size, total == null ? 0 : total);
    }

    private View view(ResultSet row, int index) throws SQLException {
        return new View(row.getObject("id", UUID.class), row.getString("role"), row.getString("content"), row.getInt("tokens"),
                row.getBigDecimal("cost_usd"), row.getInt("latency_ms"), json.readValue(row.getString("metadata"), METADATA),
                row.getTimestamp("created_at").toInstant());
    }
}
