package com.lyrox.agents.internal;

import com.lyrox.agents.Intent;
import com.lyrox.agents.TurnSignals;
import com.lyrox.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts a customer's answered turns by intent from {@code agent_logs}, one query for many customers. */
@Component
class TurnSignalQueries implements TurnSignals {

    private final JdbcTemplate jdbc;

    TurnSignalQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Signals> byCustomer(Map<UUID, Instant> until) {
        if (until.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = new ArrayList<>(until.keySet());
        Timestamp[] moments = ids.stream().map(until::get).map(at -> at == null ? null : Timestamp.from(at)).toArray(Timestamp[]::new);
        Map<UUID, Signals> signals = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT l.customer_id, count(*) AS turns,
                           count(*) FILTER (WHERE l.event_data ->> 'intent' = ?) AS price_questions,
                           count(*) FILTER (WHERE l.event_data ->> 'intent' = ?) AS buying_intents,
                           count(*) FILTER (WHERE l.event_data ->> 'intent' = ?) AS objections,
                           count(*) FILTER (WHERE l.event_data ->> 'intent' = ?) AS complaints,
                           count(*) FILTER (WHERE l.event_data ->> 'intent' = ?) AS booking_intents,
                           count(*) FILTER (WHERE l.event_data ->> 'intent' = ?) AS human_requests,
                           count(*) FILTER (WHERE l.event_data -> 'tools' @> to_jsonb(ARRAY[?]::text[])) AS links_sent
                      FROM agent_logs l
                      JOIN unnest(?::uuid[], ?::timestamptz[]) AS c (id, until) ON c.id = l.customer_id
                     WHERE l.company_id = ? AND l.event_type = 'reply' AND (c.until IS NULL OR l.created_at <= c.until)
                     GROUP BY l.customer_id""");
            int index = 1;
            for (Intent intent : List.of(Intent.PRICE_QUESTION, Intent.BUYING_INTENT, Intent.OBJECTION, Intent.COMPLAINT,
                    Intent.BOOKING_INTENT, Intent.HUMAN_REQUEST)) {
                statement.setString(index++, intent.name());
            }
            statement.setString(index++, AgentTools.SEND_PAYMENT_LINK);
            statement.setArray(index++, connection.createArrayOf("uuid", ids.toArray()));
            statement.setArray(index++, connection.createArrayOf("timestamptz", moments));
            statement.setObject(index, TenantContext.requireCompanyId());
            return statement;
        }, row -> {
            UUID id = row.getObject("customer_id", UUID.class);
            signals.put(id, new Signals(id, row.getInt("turns"), row.getInt("price_questions"), row.getInt("buying_intents"),
                    row.getInt("objections"), row.getInt("complaints"), row.getInt("booking_intents"),
                    row.getInt("human_requests"), row.getInt("links_sent")));
        });
        return signals;
    }
}
