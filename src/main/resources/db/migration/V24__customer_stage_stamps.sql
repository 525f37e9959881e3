-- When a customer first reached QUALIFIED (or went straight to CUSTOMER) and first became a
-- CUSTOMER, stamped on the row by the store (a trigger, whatever code path moves the stage), so the
-- funnel's days per step are one pass over the customers of a period, covered by one index.
ALTER TABLE customers ADD COLUMN qualified_at TIMESTAMPTZ;
ALTER TABLE customers ADD COLUMN became_customer_at TIMESTAMPTZ;

CREATE FUNCTION stamp_customer_stage() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.stage IN ('QUALIFIED', 'CUSTOMER') AND NEW.qualified_at IS NULL THEN
        NEW.qualified_at := CASE WHEN TG_OP = 'INSERT' THEN NEW.first_contact ELSE now() END;
    END IF;
    IF NEW.stage = 'CUSTOMER' AND NEW.became_customer_at IS NULL THEN
        NEW.became_customer_at := CASE WHEN TG_OP = 'INSERT' THEN NEW.first_contact ELSE now() END;
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER customers_stage_stamps BEFORE INSERT OR UPDATE OF stage ON customers
    FOR EACH ROW EXECUTE FUNCTION stamp_customer_stage();

-- The stamps of the changes recorded so far (row-level security set aside for this one statement).
ALTER TABLE customers NO FORCE ROW LEVEL SECURITY;
UPDATE customers c SET qualified_at = h.qualified_at, became_customer_at = h.customer_at
  FROM (SELECT customer_id,
               min(changed_at) FILTER (WHERE to_stage IN ('QUALIFIED', 'CUSTOMER')) AS qualified_at,
               min(changed_at) FILTER (WHERE to_stage = 'CUSTOMER') AS customer_at
          FROM customer_stage_changes GROUP BY customer_id) h
 WHERE h.customer_id = c.id;
ALTER TABLE customers FORCE ROW LEVEL SECURITY;

CREATE INDEX idx_customers_funnel ON customers (company_id, first_contact)
    INCLUDE (stage, qualified_at, became_customer_at);
