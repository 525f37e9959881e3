-- WhatsApp channels (outlets): the numbers a company connects. The access token and app
-- secret are stored encrypted by the application (AES-256-GCM, "v1:" key version prefix);
-- the verify token only as its SHA-256 hash.

CREATE TABLE channels (
    id                   UUID PRIMARY KEY,
    company_id           UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    name                 VARCHAR(100) NOT NULL,
    phone_number_id      VARCHAR(32) NOT NULL CHECK (phone_number_id ~ '^[0-9]{5,32}$'),
    display_phone_number VARCHAR(32) NOT NULL,
    waba_id              VARCHAR(32),
    access_token_enc     TEXT NOT NULL,
    app_secret_enc       TEXT NOT NULL,
    verify_token_hash    VARCHAR(64) NOT NULL,
    graph_base_url       VARCHAR(500) NOT NULL DEFAULT 'https://graph.facebook.com',
    graph_version        VARCHAR(10) NOT NULL DEFAULT 'v25.0',
    status               VARCHAR(20) NOT NULL DEFAULT 'CONNECTED' CHECK (status IN ('CONNECTED', 'DISCONNECTED')),
    status_reason        VARCHAR(500),
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_channels_company_id UNIQUE (company_id, id),
    CONSTRAINT uq_channels_phone_number_id UNIQUE (phone_number_id)
);
CREATE INDEX idx_channels_company_name ON channels (company_id, name);

ALTER TABLE channels ENABLE ROW LEVEL SECURITY;
ALTER TABLE channels FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON channels USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());

-- Where a webhook goes before any tenant is known: Meta names only the phone_number_id (or,
-- in the subscription handshake, the verify token). No secrets here and deliberately no
-- row-level security; the application keeps it in step with channels in the same transaction.
-- The primary key is what makes a phone_number_id belong to one company.
CREATE TABLE channel_routes (
    phone_number_id   VARCHAR(32) PRIMARY KEY,
    company_id        UUID NOT NULL,
    channel_id        UUID NOT NULL,
    verify_token_hash VARCHAR(64) NOT NULL,
    CONSTRAINT uq_channel_routes_channel UNIQUE (channel_id),
    CONSTRAINT fk_channel_routes_channel FOREIGN KEY (company_id, channel_id)
        REFERENCES channels (company_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_channel_routes_verify_token ON channel_routes (verify_token_hash);
