-- Row-level security: the second wall behind Hibernate's @TenantId filter. Every
-- connection carries app.company_id (and app.user_id) set by the application; a query
-- that forgets the company still sees only the current company's rows. FORCE makes the
-- policies apply to the tables' owner too (the application role must not be a superuser).

CREATE FUNCTION lyrox_current_company() RETURNS UUID
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('app.company_id', true), '')::uuid $$;

CREATE FUNCTION lyrox_current_user() RETURNS UUID
    LANGUAGE sql STABLE
AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['api_keys', 'subscriptions', 'products', 'customers', 'sales', 'agent_logs']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (company_id = lyrox_current_company())'
                       ' WITH CHECK (company_id = lyrox_current_company())', t);
    END LOOP;
END
$$;

-- A member sees the memberships of the current company, and their own in every company
-- (to sign in and switch companies); writes only ever touch the current company.
ALTER TABLE memberships ENABLE ROW LEVEL SECURITY;
ALTER TABLE memberships FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_read ON memberships FOR SELECT
    USING (company_id = lyrox_current_company() OR user_id = lyrox_current_user());
CREATE POLICY membership_write ON memberships FOR INSERT
    WITH CHECK (company_id = lyrox_current_company());
CREATE POLICY membership_update ON memberships FOR UPDATE
    USING (company_id = lyrox_current_company()) WITH CHECK (company_id = lyrox_current_company());
CREATE POLICY membership_delete ON memberships FOR DELETE
    USING (company_id = lyrox_current_company());
