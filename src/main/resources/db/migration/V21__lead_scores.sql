-- A customer's lead score (0-100), when it was computed and its main factors in words, written by
-- the analytics module; the customers board and table sort and filter by it.
ALTER TABLE customers ADD COLUMN score INTEGER CHECK (score BETWEEN 0 AND 100);
ALTER TABLE customers ADD COLUMN scored_at TIMESTAMPTZ;
ALTER TABLE customers ADD COLUMN score_factors JSONB NOT NULL DEFAULT '[]'::jsonb;
CREATE INDEX idx_customers_score ON customers (company_id, score DESC NULLS LAST, id);

-- A customer's turns, read per customer when their features are computed.
CREATE INDEX idx_agent_logs_customer ON agent_logs (company_id, customer_id, created_at);

-- Each company's lead-scoring model, learned from its own conversions: the model (Tribuo, as its
-- protobuf), its weights in words, and how it did on the newest customers held out of training.
CREATE TABLE lead_models (
    company_id     UUID PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    model          BYTEA,
    weights        JSONB NOT NULL DEFAULT '[]'::jsonb,
    customers      INTEGER NOT NULL,
    conversions    INTEGER NOT NULL,
    auc            DOUBLE PRECISION,
    brier          DOUBLE PRECISION,
    holdout        INTEGER NOT NULL DEFAULT 0,
    trained_at     TIMESTAMPTZ NOT NULL,
    training_count INTEGER NOT NULL DEFAULT 1
);
ALTER TABLE lead_models ENABLE ROW LEVEL SECURITY;
ALTER TABLE lead_models FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON lead_models USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
