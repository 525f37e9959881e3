-- Lyrox's own subscriptions at Stripe: every event received once (its id is the key), the
-- company it concerns, and when Stripe made it, so that an event older than one already applied
-- to the company changes nothing. Platform-level, read before any tenant is known: no row-level
-- security, like booking_hold_deadlines.
CREATE TABLE billing_events (
    event_id    VARCHAR(255) PRIMARY KEY,
    company_id  UUID REFERENCES companies (id) ON DELETE CASCADE,
    type        VARCHAR(100) NOT NULL,
    created     TIMESTAMPTZ NOT NULL,
    outcome     VARCHAR(30) NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX idx_billing_events_company ON billing_events (company_id, created DESC) WHERE outcome = 'APPLIED';
