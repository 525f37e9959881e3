package com.lyrox.analytics.internal;

import com.lyrox.platform.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/**
 * Each company's learned model in {@code lead_models}, and the model itself read once per
 * training (kept in memory by company and training time, so a retrain elsewhere is picked up).
 */
@Component
class LeadModels {

    /** A company's model as stored: the model (absent while there is too little to learn from) and its figures. */
    record Stored(Optional<LeadModel> model, List<LeadModel.Weight> weights, int customers, int conversions, Double auc,
                  Double brier, int holdout, Instant trainedAt, int trainingCount) {
    }

    private static final TypeReference<List<LeadModel.Weight>> WEIGHTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Map<UUID, Map.Entry<Instant, LeadModel>> loaded = new ConcurrentHashMap<>();

    LeadModels(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The current company's model, if one was ever trained (or tried). */
    Optional<Stored> find() {
        UUID companyId = TenantContext.requireCompanyId();
        return jdbc.query("""
                SELECT trained_at, model IS NOT NULL AS learned, weights::text AS weights, customers, conversions, auc, brier, holdout,
                       training_count
                  FROM lead_models WHERE company_id = ?""", (row, index) -> {
            Instant trainedAt = row.getTimestamp("trained_at").toInstant();
            Optional<LeadModel> model = row.getBoolean("learned") ? Optional.of(model(companyId, trainedAt)) : Optional.empty();
            return new Stored(model, json.readValue(row.getString("weights"), WEIGHTS), row.getInt("customers"),
                    row.getInt("conversions"), (Double) row.getObject("auc"), (Double) row.getObject("brier"), row.getInt("holdout"),
                    trainedAt, row.getInt("training_count"));
        }, companyId).stream().findFirst();
    }

    /** Keeps a training's outcome for the current company; {@code trained} is null when there was too little to learn from. */
    void save(LeadModel.Trained trained, int customers, int conversions, Instant at) {
        UUID companyId = TenantContext.requireCompanyId();
        LeadModel.Evaluation evaluation = trained == null ? new LeadModel.Evaluation(null, null, 0) : trained.evaluation();
        jdbc.update("""
                INSERT INTO lead_models (company_id, model, weights, customers, conversions, auc, brier, holdout, trained_at)
                VALUES (?, ?, ?::jsonb, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (company_id) DO UPDATE SET model = excluded.model, weights = excluded.weights,
                       customers = excluded.customers, conversions = excluded.conversions, auc = excluded.auc,
                       brier = excluded.brier, holdout = excluded.holdout, trained_at = excluded.trained_at,
                       training_count = lead_models.training_count + 1""",
                companyId, trained == null ? null : trained.model().toBytes(),
                json.writeValueAsString(trained == null ? List.of() : trained.model().weights()), customers, conversions,
                evaluation.auc(), evaluation.brier(), evaluation.holdout(), Timestamp.from(at));
        if (trained != null) {
            loaded.put(companyId, Map.entry(at, trained.model()));
        } else {
            loaded.remove(companyId);
        }
    }

    private LeadModel model(UUID companyId, Instant trainedAt) {
        Map.Entry<Instant, LeadModel> kept = loaded.get(companyId);
        if (kept != null && kept.getKey().equals(trainedAt)) {
            return kept.getValue();
        }
        byte[] bytes = jdbc.queryForObject("SELECT model FROM lead_models WHERE company_id = ?", byte[].class, companyId);
        LeadModel model = LeadModel.fromBytes(bytes);
        loaded.put(companyId, Map.entry(trainedAt, model));
        return model;
    }
}
