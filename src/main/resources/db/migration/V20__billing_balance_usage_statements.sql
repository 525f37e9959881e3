-- A company's prepaid balance, which pays for AI interactions past the plan's allowance instead
-- of the AI stopping. A charge is a conditional update (never below zero); the low-balance notice
-- is a flag set once per fall below the threshold, cleared by a deposit that lifts it above.
CREATE TABLE billing_balances (
    company_id      UUID PRIMARY KEY REFERENCES companies (id) ON DELETE CASCADE,
    balance         NUMERIC(22, 3) NOT NULL DEFAULT 0 CHECK (balance >= 0),
    currency        VARCHAR(3) NOT NULL,
    low_notice_sent BOOLEAN NOT NULL DEFAULT false,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Money put on the balance: by a platform administrator or a paid Stripe Checkout. The reference
-- (a receipt number, the Checkout Session) is unique per company, so a deposit counts once.
CREATE TABLE billing_deposits (
    id         UUID PRIMARY KEY,
    company_id UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    amount     NUMERIC(22, 3) NOT NULL CHECK (amount > 0),
    currency   VARCHAR(3) NOT NULL,
    reference  VARCHAR(255) NOT NULL,
    source     VARCHAR(30) NOT NULL,
    note       VARCHAR(500),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uk_billing_deposits_reference UNIQUE (company_id, reference)
);
CREATE INDEX idx_billing_deposits_company ON billing_deposits (company_id, created_at DESC);

-- Usage per company and UTC month. Overage is counted as it is charged; the other figures are
-- written when the month is closed (its statement made), from the live counters.
CREATE TABLE billing_usage (
    company_id        UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    month             CHAR(7) NOT NULL,
    ai_interactions   BIGINT NOT NULL DEFAULT 0,
    ai_overage        BIGINT NOT NULL DEFAULT 0,
    overage_charged   NUMERIC(22, 3) NOT NULL DEFAULT 0,
    bookings          BIGINT NOT NULL DEFAULT 0,
    outbound_messages BIGINT NOT NULL DEFAULT 0,
    closed_at         TIMESTAMPTZ,
    PRIMARY KEY (company_id, month)
);

-- Lyrox's own monthly statement of a company: one per company and month (the key makes closing a
-- month happen once, whichever instance does it), its lines as JSON.
CREATE TABLE billing_statements (
    id                UUID PRIMARY KEY,
    company_id        UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    month             CHAR(7) NOT NULL,
    number            VARCHAR(40) NOT NULL,
    plan              VARCHAR(30) NOT NULL,
    currency          VARCHAR(3) NOT NULL,
    total             NUMERIC(22, 3) NOT NULL,
    paid_from_balance NUMERIC(22, 3) NOT NULL,
    amount_due        NUMERIC(22, 3) NOT NULL,
    lines             JSONB NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uk_billing_statements_month UNIQUE (company_id, month)
);

ALTER TABLE billing_balances ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_balances FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON billing_balances USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE billing_deposits ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_deposits FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON billing_deposits USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE billing_usage ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_usage FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON billing_usage USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE billing_statements ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_statements FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON billing_statements USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
