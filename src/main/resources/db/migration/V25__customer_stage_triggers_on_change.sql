-- The stage triggers run only when the stage changes: every message updates its customer's row
-- (last interaction, count) with the stage among the columns written, and the functions need not
-- run for those. An UPDATE trigger's WHEN is checked by the server itself, without calling them.
DROP TRIGGER customers_stage_stamps ON customers;
DROP TRIGGER customers_stage_changes ON customers;

CREATE TRIGGER customers_stage_stamps_insert BEFORE INSERT ON customers
    FOR EACH ROW EXECUTE FUNCTION stamp_customer_stage();
CREATE TRIGGER customers_stage_stamps_update BEFORE UPDATE OF stage ON customers
    FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage) EXECUTE FUNCTION stamp_customer_stage();
CREATE TRIGGER customers_stage_changes_insert AFTER INSERT ON customers
    FOR EACH ROW EXECUTE FUNCTION record_customer_stage();
CREATE TRIGGER customers_stage_changes_update AFTER UPDATE OF stage ON customers
    FOR EACH ROW WHEN (OLD.stage IS DISTINCT FROM NEW.stage) EXECUTE FUNCTION record_customer_stage();
