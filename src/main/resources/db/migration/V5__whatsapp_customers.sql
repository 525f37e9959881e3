-- Customers who write on WhatsApp: identified by phone (wa_id) and/or Meta's business-scoped
-- user id, and free to opt out of messages (STOP) and back in (START).

ALTER TABLE customers ALTER COLUMN phone DROP NOT NULL;
-- Room for the sum of many sales of the largest amount a sale may have.
ALTER TABLE customers ALTER COLUMN lifetime_value TYPE NUMERIC(18, 2);
ALTER TABLE customers ADD COLUMN whatsapp_user_id VARCHAR(128);
ALTER TABLE customers ADD COLUMN opted_out BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE customers ADD COLUMN opted_out_at TIMESTAMPTZ;
ALTER TABLE customers ADD CONSTRAINT ck_customers_identified CHECK (phone IS NOT NULL OR whatsapp_user_id IS NOT NULL);
CREATE UNIQUE INDEX uq_customers_company_whatsapp_user ON customers (company_id, whatsapp_user_id)
    WHERE whatsapp_user_id IS NOT NULL;
