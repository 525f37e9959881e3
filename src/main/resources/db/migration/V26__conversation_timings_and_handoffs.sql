-- For the analytics, from the conversations' events, written in batches:
-- conversation_timings: how long a customer waited for a reply (RESPONSE, first when it was the first
-- reply since the conversation opened) and how long a conversation stayed open (RESOLUTION), a row
-- each (a customer's waits feed their lead score);
-- conversation_handoffs: each time a conversation went to a person, why (a category) and in words.
-- A batch written again after a failure adds nothing twice (the keys).
CREATE TABLE conversation_timings (
    company_id      UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    conversation_id UUID NOT NULL,
    -- The customer who waited (RESPONSE), for their lead score.
    customer_id     UUID,
    kind            VARCHAR(20) NOT NULL CHECK (kind IN ('RESPONSE', 'RESOLUTION')),
    at              TIMESTAMPTZ NOT NULL,
    first           BOOLEAN NOT NULL DEFAULT FALSE,
    answered_by     VARCHAR(10) CHECK (answered_by IN ('AI', 'HUMAN')),
    seconds         DOUBLE PRECISION NOT NULL CHECK (seconds >= 0),
    PRIMARY KEY (company_id, conversation_id, kind, at)
);
CREATE INDEX idx_conversation_timings_period ON conversation_timings (company_id, kind, at)
    INCLUDE (first, answered_by, seconds);
CREATE INDEX idx_conversation_timings_customer ON conversation_timings (company_id, customer_id, at)
    INCLUDE (seconds) WHERE kind = 'RESPONSE';

-- The same, counted per day in the company's time zone (when written) and per bucket of a log scale
-- (bucket b holds durations of exp(b/10)-1 to exp((b+1)/10)-1 seconds, about 10% wide), so that the
-- percentiles of any period read at most a few thousand rows whatever the number of replies. Kept
-- by the store: a trigger counts each row conversation_timings keeps (a batch written again adds
-- no row, so it counts nothing twice).
CREATE TABLE conversation_timing_days (
    company_id  UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    kind        VARCHAR(20) NOT NULL,
    day         DATE NOT NULL,
    first       BOOLEAN NOT NULL,
    answered_by VARCHAR(10) NOT NULL,
    bucket      SMALLINT NOT NULL,
    count       INTEGER NOT NULL,
    -- The day right after the company: a period is one range of the index.
    PRIMARY KEY (company_id, day, kind, first, answered_by, bucket)
) WITH (fillfactor = 70); -- room on each page for a count's new version (an update that changes no key)

-- A day's waits for a reply in one row once the day is over: how many, and the buckets of their
-- median and of nine in ten, written by the first report that reads the day (a row for a day without
-- waits too), so a year's chart reads 366 rows. A wait written later for that day takes the row away
-- (the trigger below), and the next report writes it again; the two take turns on the day (an
-- advisory lock), so a report never writes figures that miss a wait written meanwhile.
CREATE TABLE conversation_timing_day_figures (
    company_id UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    day        DATE NOT NULL,
    replies    INTEGER NOT NULL,
    p50_bucket SMALLINT,
    p90_bucket SMALLINT,
    PRIMARY KEY (company_id, day)
);

-- The day counts of a month that is over, added up once, by the first report over the whole month
-- (a year reads twelve months of them instead of 365 days); marked kept, also when the month had
-- no wait. A late wait for that month takes them away, as for the day figures.
CREATE TABLE conversation_timing_months (
    company_id  UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    month       DATE NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    first       BOOLEAN NOT NULL,
    answered_by VARCHAR(10) NOT NULL,
    bucket      SMALLINT NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (company_id, month, kind, first, answered_by, bucket)
);
CREATE TABLE conversation_timing_months_kept (
    company_id UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    month      DATE NOT NULL,
    PRIMARY KEY (company_id, month)
);

CREATE FUNCTION count_conversation_timing() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    zone TEXT;
    local_day DATE;
BEGIN
    SELECT timezone INTO zone FROM companies WHERE id = NEW.company_id;
    BEGIN
        local_day := (NEW.at AT TIME ZONE coalesce(zone, 'UTC'))::date;
    EXCEPTION WHEN others THEN
        -- A zone PostgreSQL does not know counts in UTC, as the application reads it.
        local_day := (NEW.at AT TIME ZONE 'UTC')::date;
    END;
    -- A company's day is counted by one writer at a time (writers taking days in order never wait on
    -- each other in a circle), and its kept figures are made again after any report making them now.
    PERFORM pg_advisory_xact_lock(hashtextextended(NEW.company_id::text || local_day::text, 26));
    INSERT INTO conversation_timing_days (company_id, kind, day, first, answered_by, bucket, count)
    VALUES (NEW.company_id, NEW.kind, local_day, NEW.first, coalesce(NEW.answered_by, ''),
            floor(ln(1 + NEW.seconds) * 10)::smallint, 1)
    ON CONFLICT (company_id, day, kind, first, answered_by, bucket)
        DO UPDATE SET count = conversation_timing_days.count + 1;
    IF NEW.kind = 'RESPONSE' AND local_day < (now() AT TIME ZONE coalesce(zone, 'UTC'))::date THEN
        DELETE FROM conversation_timing_day_figures WHERE company_id = NEW.company_id AND day = local_day;
    END IF;
    IF date_trunc('month', local_day) < date_trunc('month', now() AT TIME ZONE coalesce(zone, 'UTC')) THEN
        PERFORM pg_advisory_xact_lock(hashtextextended(NEW.company_id::text || date_trunc('month', local_day)::date::text, 27));
        DELETE FROM conversation_timing_months_kept
         WHERE company_id = NEW.company_id AND month = date_trunc('month', local_day)::date;
        DELETE FROM conversation_timing_months
         WHERE company_id = NEW.company_id AND month = date_trunc('month', local_day)::date;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER conversation_timings_counted AFTER INSERT ON conversation_timings
    FOR EACH ROW EXECUTE FUNCTION count_conversation_timing();

CREATE TABLE conversation_handoffs (
    company_id      UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    conversation_id UUID NOT NULL,
    at              TIMESTAMPTZ NOT NULL,
    reason          VARCHAR(20) NOT NULL,
    detail          TEXT,
    PRIMARY KEY (company_id, conversation_id, at)
);
CREATE INDEX idx_conversation_handoffs_period ON conversation_handoffs (company_id, at) INCLUDE (reason);

ALTER TABLE conversation_timings ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_timings FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation_timings USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE conversation_timing_days ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_timing_days FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation_timing_days USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE conversation_timing_day_figures ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_timing_day_figures FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation_timing_day_figures USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE conversation_timing_months ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_timing_months FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation_timing_months USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE conversation_timing_months_kept ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_timing_months_kept FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation_timing_months_kept USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
ALTER TABLE conversation_handoffs ENABLE ROW LEVEL SECURITY;
ALTER TABLE conversation_handoffs FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON conversation_handoffs USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());
