-- The invoices of Lyrox's own subscriptions, as Stripe makes them (its invoice id is the key): each
-- company lists its own, with the links to Stripe's page and PDF of each.
CREATE TABLE billing_invoices (
    id           VARCHAR(255) PRIMARY KEY,
    company_id   UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    number       VARCHAR(100),
    status       VARCHAR(30) NOT NULL,
    amount_due   NUMERIC(22, 3) NOT NULL,
    amount_paid  NUMERIC(22, 3) NOT NULL,
    currency     VARCHAR(3) NOT NULL,
    period_start TIMESTAMPTZ,
    period_end   TIMESTAMPTZ,
    hosted_url   TEXT,
    pdf_url      TEXT,
    created      TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_billing_invoices_company ON billing_invoices (company_id, created DESC);

ALTER TABLE billing_invoices ENABLE ROW LEVEL SECURITY;
ALTER TABLE billing_invoices FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON billing_invoices USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
