-- For the analytics, from the conversations' events, written in batches:
-- conversation_timings: how long a customer waited for a reply (RESPONSE, first when it was the first
-- reply since the conversation opened) and how long a conversation stayed open (RESOLUTION);
-- conversation_handoffs: each time a conversation went to a person, why (a category) and in words.
-- A batch written again after a failure adds nothing twice (the keys).
CREATE TABLE conversation_timings (
    company_id      UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    conversation_id UUID NOT NULL,
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('RESPONSE', 'RESOLUTION')),
    at              TIMESTAMPTZ NOT NULL,
    first           BOOLEAN NOT NULL DEFAULT FALSE,
    answered_by     VARCHAR(10) CHECK (answered_by IN ('AI', 'HUMAN')),
    seconds         DOUBLE PRECISION NOT NULL CHECK (seconds >= 0),
    PRIMARY KEY (company_id, conversation_id, kind, at)
);
CREATE INDEX idx_conversation_timings_period ON conversation_timings (company_id, kind, at)
    INCLUDE (first, answered_by, seconds);

CREATE TABLE conversation_handoffs (
    company_id      UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    conversation_id UUID NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    reason          VARCHAR(20) NOT NULL,
    detail          TEXT,
    PRIMARY KEY (company_id, conversation_id, at)
);
CREATE INDEX idx_conversation_handoffs_period ON conversation_handoffs (company_id, at) INCLUDE (reason);

ALTER TABLE conversation_timings ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_timings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation_timings USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE conversation_handoffs ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_handoffs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation_handoffs USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
