-- Every stage a customer enters, when: written by the store itself (a trigger on customers), in the
-- transaction of the change, whichever code path makes it, so the funnel's days per step count
-- every move. Customers created before this table have only their later changes.
CREATE TABLE customer_stage_changes (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id  UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    customer_id UUID NOT NULL,
    from_stage  VARCHAR(20),
    to_stage    VARCHAR(20) NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT fk_stage_changes_customer FOREIGN KEY (company_id, customer_id)
        REFERENCES customers (company_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_stage_changes_customer ON customer_stage_changes (company_id, customer_id, changed_at);

ALTER TABLE customer_stage_changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE customer_stage_changes FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON customer_stage_changes USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());

CREATE FUNCTION record_customer_stage() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' OR OLD.stage IS DISTINCT FROM NEW.stage THEN
        INSERT INTO customer_stage_changes (company_id, customer_id, from_stage, to_stage, changed_at)
        VALUES (NEW.company_id, NEW.id, CASE WHEN TG_OP = 'UPDATE' THEN OLD.stage END, NEW.stage,
                CASE WHEN TG_OP = 'INSERT' THEN NEW.first_contact ELSE now() END);
    END IF;
    RETURN NEW;
END $$;

CREATE TRIGGER customers_stage_changes AFTER INSERT OR UPDATE OF stage ON customers
    FOR EACH ROW EXECUTE FUNCTION record_customer_stage();
