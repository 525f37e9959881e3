-- The CRM core: catalog, customers, sales and the AI agents' activity log.
-- (company_id, id) is unique on referenced tables so that a row can only point at
-- rows of its own company: foreign keys are not subject to row-level security.

CREATE TABLE products (
    id              UUID PRIMARY KEY,
    company_id      UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    name            VARCHAR(255) NOT NULL,
    description     TEXT,
    price           NUMERIC(12, 2) NOT NULL CHECK (price > 0),
    currency        VARCHAR(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    payment_link    TEXT,
    stripe_price_id VARCHAR(255),
    active          BOOLEAN NOT NULL DEFAULT TRUE,
    metadata        JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_products_company_id UNIQUE (company_id, id)
);
CREATE INDEX idx_products_active ON products (company_id, active);
CREATE INDEX idx_products_company_name ON products (company_id, lower(name));

CREATE TABLE customers (
    id                 UUID PRIMARY KEY,
    company_id         UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    phone              VARCHAR(20) NOT NULL CHECK (phone ~ '^\+[1-9][0-9]{6,14}$'),
    name               VARCHAR(255),
    email              VARCHAR(255),
    stage              VARCHAR(20) NOT NULL DEFAULT 'LEAD' CHECK (stage IN ('LEAD', 'QUALIFIED', 'CUSTOMER', 'CHURNED')),
    tags               VARCHAR(100)[] NOT NULL DEFAULT '{}',
    first_contact      TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_interaction   TIMESTAMPTZ,
    total_interactions INTEGER NOT NULL DEFAULT 0 CHECK (total_interactions >= 0),
    lifetime_value     NUMERIC(12, 2) NOT NULL DEFAULT 0,
    metadata           JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_customers_company_phone UNIQUE (company_id, phone),
    CONSTRAINT uq_customers_company_id UNIQUE (company_id, id)
);
CREATE INDEX idx_customers_stage ON customers (company_id, stage);
CREATE INDEX idx_customers_last_interaction ON customers (company_id, last_interaction DESC);
CREATE INDEX idx_customers_created ON customers (company_id, created_at DESC);
CREATE INDEX idx_customers_tags ON customers USING gin (tags);

CREATE TABLE sales (
    id             UUID PRIMARY KEY,
    company_id     UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    customer_id    UUID NOT NULL,
    product_id     UUID NOT NULL,
    amount         NUMERIC(12, 2) NOT NULL CHECK (amount > 0),
    currency       VARCHAR(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    payment_method VARCHAR(50),
    payment_id     VARCHAR(255),
    payment_status VARCHAR(20) NOT NULL DEFAULT 'PENDING' CHECK (payment_status IN ('PENDING', 'COMPLETED', 'REFUNDED', 'FAILED')),
    sale_date      TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at   TIMESTAMPTZ,
    metadata       JSONB NOT NULL DEFAULT '{}'::jsonb,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT fk_sales_customer FOREIGN KEY (company_id, customer_id)
        REFERENCES customers (company_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_sales_product FOREIGN KEY (company_id, product_id)
        REFERENCES products (company_id, id) ON DELETE RESTRICT
);
CREATE INDEX idx_sales_customer ON sales (company_id, customer_id);
CREATE INDEX idx_sales_company_date ON sales (company_id, sale_date DESC);
CREATE INDEX idx_sales_status ON sales (company_id, payment_status);
CREATE INDEX idx_sales_product ON sales (company_id, product_id);

CREATE TABLE agent_logs (
    id               UUID PRIMARY KEY,
    company_id       UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    agent_type       VARCHAR(100) NOT NULL,
    event_type       VARCHAR(100) NOT NULL,
    event_data       JSONB NOT NULL DEFAULT '{}'::jsonb,
    customer_id      UUID,
    tokens_used      INTEGER,
    response_time_ms INTEGER,
    cost_usd         NUMERIC(12, 6),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT fk_agent_logs_customer FOREIGN KEY (company_id, customer_id)
        REFERENCES customers (company_id, id) ON DELETE SET NULL (customer_id)
);
CREATE INDEX idx_agent_logs_company_created ON agent_logs (company_id, created_at DESC);
CREATE INDEX idx_agent_logs_type ON agent_logs (company_id, agent_type);
