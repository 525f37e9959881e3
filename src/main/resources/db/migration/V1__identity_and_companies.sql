-- Users, companies and who belongs where. users and companies are not tenant-owned
-- (a user spans companies; a company is the tenant itself); memberships are.

CREATE TABLE users (
    id              UUID PRIMARY KEY,
    email           VARCHAR(255) NOT NULL,
    password_hash   VARCHAR(255),
    name            VARCHAR(255),
    email_verified  BOOLEAN NOT NULL DEFAULT FALSE,
    status          VARCHAR(20) NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'INVITED', 'SUSPENDED', 'DELETED')),
    last_company_id UUID,
    last_login      TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX uq_users_email ON users (lower(email));
CREATE INDEX idx_users_status ON users (status);

CREATE TABLE companies (
    id                  UUID PRIMARY KEY,
    owner_id            UUID NOT NULL REFERENCES users (id),
    name                VARCHAR(255) NOT NULL,
    industry            VARCHAR(100),
    website             VARCHAR(500),
    brand_personality   TEXT NOT NULL DEFAULT '',
    ai_instructions     TEXT NOT NULL DEFAULT '',
    language            VARCHAR(10) NOT NULL DEFAULT 'es',
    timezone            VARCHAR(64) NOT NULL DEFAULT 'UTC',
    active              BOOLEAN NOT NULL DEFAULT TRUE,
    subscription_plan   VARCHAR(20) NOT NULL DEFAULT 'FREE' CHECK (subscription_plan IN ('FREE', 'STARTER', 'PROFESSIONAL', 'ENTERPRISE')),
    subscription_status VARCHAR(20) NOT NULL DEFAULT 'ACTIVE' CHECK (subscription_status IN ('ACTIVE', 'PAST_DUE', 'CANCELED')),
    metadata            JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_companies_owner ON companies (owner_id);
CREATE INDEX idx_companies_active ON companies (active);

CREATE TABLE memberships (
    id                UUID PRIMARY KEY,
    company_id        UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    user_id           UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role              VARCHAR(20) NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'AGENT', 'VIEWER')),
    invite_token_hash VARCHAR(64),
    invite_expires_at TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_memberships_company_user UNIQUE (company_id, user_id)
);
CREATE INDEX idx_memberships_user ON memberships (user_id);
CREATE UNIQUE INDEX uq_memberships_invite ON memberships (invite_token_hash) WHERE invite_token_hash IS NOT NULL;

-- One row per issued refresh token; a family is one sign-in, rotated on every refresh.
CREATE TABLE refresh_tokens (
    id          UUID PRIMARY KEY,
    family_id   UUID NOT NULL,
    user_id     UUID NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    company_id  UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    token_hash  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_refresh_tokens_hash UNIQUE (token_hash)
);
CREATE INDEX idx_refresh_tokens_family ON refresh_tokens (family_id);
CREATE INDEX idx_refresh_tokens_user ON refresh_tokens (user_id);

CREATE TABLE api_keys (
    id           UUID PRIMARY KEY,
    company_id   UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    role         VARCHAR(20) NOT NULL CHECK (role IN ('ADMIN', 'AGENT', 'VIEWER')),
    key_hash     VARCHAR(64) NOT NULL,
    last_four    VARCHAR(4) NOT NULL,
    created_by   UUID REFERENCES users (id) ON DELETE SET NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_api_keys_hash UNIQUE (key_hash)
);
CREATE INDEX idx_api_keys_company ON api_keys (company_id, created_at DESC);

CREATE TABLE subscriptions (
    id                     UUID PRIMARY KEY,
    company_id             UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    plan                   VARCHAR(20) NOT NULL CHECK (plan IN ('FREE', 'STARTER', 'PROFESSIONAL', 'ENTERPRISE')),
    status                 VARCHAR(20) NOT NULL CHECK (status IN ('ACTIVE', 'PAST_DUE', 'CANCELED')),
    stripe_customer_id     VARCHAR(255),
    stripe_subscription_id VARCHAR(255),
    current_period_start   TIMESTAMPTZ,
    current_period_end     TIMESTAMPTZ,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    canceled_at            TIMESTAMPTZ
);
CREATE INDEX idx_subscriptions_company ON subscriptions (company_id);
CREATE INDEX idx_subscriptions_stripe_customer ON subscriptions (stripe_customer_id);
