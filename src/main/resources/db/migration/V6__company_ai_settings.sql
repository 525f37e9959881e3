-- A company may answer with its own language model and temperature; NULL keeps the server's default.
ALTER TABLE companies
    ADD COLUMN ai_model       VARCHAR(100),
    ADD COLUMN ai_temperature NUMERIC(3, 2) CONSTRAINT ck_companies_ai_temperature CHECK (ai_temperature BETWEEN 0 AND 2);
