-- The owner's assistant: each question and answer of a member, in the seeds' ChatMessage shape
-- (role, content, tokens, cost, metadata), with how long the answer took.
CREATE TABLE assistant_messages (
    id          UUID PRIMARY KEY,
    company_id  UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    user_id     UUID NOT NULL,
    role        VARCHAR(20) NOT NULL CHECK (role IN ('user', 'assistant')),
    content     TEXT NOT NULL,
    tokens      INTEGER NOT NULL DEFAULT 0,
    cost_usd    NUMERIC(12, 6) NOT NULL DEFAULT 0,
    latency_ms  INTEGER NOT NULL DEFAULT 0,
    metadata    JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_assistant_messages_user ON assistant_messages (company_id, user_id, created_at DESC);
CREATE INDEX idx_assistant_messages_month ON assistant_messages (company_id, created_at) WHERE role = 'user';

ALTER TABLE assistant_messages ENABLE ROW LEVEL SECURITY;
ALTER TABLE assistant_messages FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assistant_messages USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
