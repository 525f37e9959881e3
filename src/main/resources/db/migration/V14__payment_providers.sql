-- Payment providers a company connects (Stripe, Mercado Pago, or any provider through a signed
-- generic webhook), their secrets sealed with the encryption key and never returned; and every
-- provider event received, once per provider's event id: the row is written in the transaction
-- that applies the event, so a redelivered event finds it and changes nothing.
ALTER TABLE sales ADD COLUMN payment_provider VARCHAR(20);

CREATE TABLE payment_providers (
    id                    UUID PRIMARY KEY,
    company_id            UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    provider              VARCHAR(20) NOT NULL CHECK (provider IN ('STRIPE', 'MERCADO_PAGO', 'GENERIC')),
    webhook_secret_sealed TEXT NOT NULL,
    api_key_sealed        TEXT,
    -- Where the provider's API answers, when it is read from (Mercado Pago's payments); a sandbox's or a stand-in's.
    api_url               VARCHAR(500),
    created_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at            TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_payment_providers_company UNIQUE (company_id, provider)
);

CREATE TABLE payment_events (
    id          UUID PRIMARY KEY,
    company_id  UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    provider    VARCHAR(20) NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    type        VARCHAR(100) NOT NULL,
    -- Not a foreign key: an event may name a sale that does not exist (or is another company's).
    sale_id     UUID,
    payment_id  VARCHAR(255),
    amount      NUMERIC(22, 3),
    currency    VARCHAR(3),
    outcome     VARCHAR(30) NOT NULL,
    detail      TEXT,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_payment_events_event UNIQUE (company_id, provider, event_id)
);
CREATE INDEX idx_payment_events_company ON payment_events (company_id, received_at DESC);
-- Refunds that came before the payment they refund, found when it completes.
CREATE INDEX idx_payment_events_refund_sale ON payment_events (company_id, sale_id) WHERE outcome = 'REFUND_WAITING';
CREATE INDEX idx_payment_events_refund_payment ON payment_events (company_id, payment_id) WHERE outcome = 'REFUND_WAITING';

ALTER TABLE payment_providers ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_providers FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_providers USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE payment_events ENABLE ROW LEVEL SECURITY;
ALTER TABLE payment_events FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON payment_events USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
