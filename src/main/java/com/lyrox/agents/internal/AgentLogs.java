package com.lyrox.agents.internal;

import com.lyrox.platform.TenantContext;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** One {@code agent_logs} row per turn the agent handled: tokens, response time and cost. */
@Component
class AgentLogs {

    static final String SALES_AGENT = "sales-agent";

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    AgentLogs(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(String event, UUID customerId, Map<String, Object> data, int tokens, long responseMillis, BigDecimal costUsd) {
        jdbc.update("""
                INSERT INTO agent_logs (id, company_id, agent_type, event_type, event_data, customer_id, tokens_used,
                                        response_time_ms, cost_usd)
                VALUES (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)""",
                UUID.randomUUID(), TenantContext.requireCompanyId(), SALES_AGENT, event, json.writeValueAsString(data),
                customerId, tokens, (int) Math.min(Integer.MAX_VALUE, responseMillis), costUsd);
    }
}
