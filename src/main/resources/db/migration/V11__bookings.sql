-- Bookings: what can be booked (resources), when (opening hours, closures), at what price
-- (pricing rules) and the bookings themselves. Overlap is impossible in the database: an
-- exclusion constraint over the held and confirmed bookings of a one-at-a-time resource, on
-- the range from the start to the end of the buffer that follows the booking.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE booking_resources (
    id                 UUID PRIMARY KEY,
    company_id         UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    name               VARCHAR(255) NOT NULL,
    type               VARCHAR(50) NOT NULL,
    channel_id         UUID,
    capacity           INTEGER NOT NULL DEFAULT 1 CHECK (capacity BETWEEN 1 AND 1000),
    slot_minutes       INTEGER NOT NULL DEFAULT 60 CHECK (slot_minutes BETWEEN 5 AND 1440),
    buffer_minutes     INTEGER NOT NULL DEFAULT 0 CHECK (buffer_minutes BETWEEN 0 AND 240),
    min_notice_minutes INTEGER NOT NULL DEFAULT 60 CHECK (min_notice_minutes BETWEEN 0 AND 43200),
    max_days_ahead     INTEGER NOT NULL DEFAULT 60 CHECK (max_days_ahead BETWEEN 1 AND 730),
    price              NUMERIC(12, 2) NOT NULL CHECK (price >= 0),
    currency           VARCHAR(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    timezone           VARCHAR(64),
    active             BOOLEAN NOT NULL DEFAULT TRUE,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_booking_resources_company_id UNIQUE (company_id, id),
    CONSTRAINT fk_booking_resources_channel FOREIGN KEY (company_id, channel_id)
        REFERENCES channels (company_id, id) ON DELETE SET NULL (channel_id)
);
CREATE INDEX idx_booking_resources_type ON booking_resources (company_id, type, active);

-- Opening ranges of a weekday in the resource's zone, as minutes from midnight (1440: midnight
-- at the end of the day); a day may have several.
CREATE TABLE booking_opening_hours (
    id           UUID PRIMARY KEY,
    company_id   UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    resource_id  UUID NOT NULL,
    day_of_week  SMALLINT NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    opens_minute INTEGER NOT NULL CHECK (opens_minute BETWEEN 0 AND 1439),
    closes_minute INTEGER NOT NULL CHECK (closes_minute BETWEEN 1 AND 1440),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (closes_minute > opens_minute),
    CONSTRAINT fk_booking_opening_hours_resource FOREIGN KEY (company_id, resource_id)
        REFERENCES booking_resources (company_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_booking_opening_hours_resource ON booking_opening_hours (company_id, resource_id);

-- A period a resource cannot be booked (holiday, maintenance).
CREATE TABLE booking_closures (
    id          UUID PRIMARY KEY,
    company_id  UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    resource_id UUID NOT NULL,
    starts_at   TIMESTAMPTZ NOT NULL,
    ends_at     TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    reason      VARCHAR(255),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT fk_booking_closures_resource FOREIGN KEY (company_id, resource_id)
        REFERENCES booking_resources (company_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_booking_closures_resource ON booking_closures (company_id, resource_id, starts_at);

-- Peak hours and weekends: a slot starting on one of the days, within the minutes, costs the
-- base price times the multiplier, or the fixed price. No resource: every resource.
CREATE TABLE booking_pricing_rules (
    id           UUID PRIMARY KEY,
    company_id   UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    resource_id  UUID,
    name         VARCHAR(255) NOT NULL,
    days         SMALLINT[] NOT NULL CHECK (cardinality(days) BETWEEN 1 AND 7),
    from_minute  INTEGER NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
    to_minute    INTEGER NOT NULL CHECK (to_minute BETWEEN 1 AND 1440),
    multiplier   NUMERIC(6, 3) CHECK (multiplier > 0),
    fixed_price  NUMERIC(12, 2) CHECK (fixed_price >= 0),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (to_minute > from_minute),
    CHECK ((multiplier IS NULL) <> (fixed_price IS NULL)),
    CONSTRAINT fk_booking_pricing_rules_resource FOREIGN KEY (company_id, resource_id)
        REFERENCES booking_resources (company_id, id) ON DELETE CASCADE
);
CREATE INDEX idx_booking_pricing_rules_company ON booking_pricing_rules (company_id);

CREATE TABLE bookings (
    id              UUID PRIMARY KEY,
    company_id      UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    resource_id     UUID NOT NULL,
    customer_id     UUID NOT NULL,
    starts_at       TIMESTAMPTZ NOT NULL,
    ends_at         TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    -- The end of the buffer after the booking: the range the constraint keeps for it.
    blocked_until   TIMESTAMPTZ NOT NULL CHECK (blocked_until >= ends_at),
    -- Copied from the resource's capacity of 1; a group class (capacity > 1) is counted under a lock instead.
    exclusive       BOOLEAN NOT NULL,
    status          VARCHAR(20) NOT NULL CHECK (status IN ('HELD', 'CONFIRMED', 'COMPLETED', 'CANCELLED', 'NO_SHOW', 'EXPIRED')),
    price           NUMERIC(12, 2) NOT NULL CHECK (price >= 0),
    currency        VARCHAR(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    hold_expires_at TIMESTAMPTZ,
    sale_id         UUID,
    -- The occurrences of one recurring booking share it.
    series_id       UUID,
    source          VARCHAR(20) NOT NULL DEFAULT 'API',
    notes           TEXT,
    confirmed_at    TIMESTAMPTZ,
    cancelled_at    TIMESTAMPTZ,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (status <> 'HELD' OR hold_expires_at IS NOT NULL),
    CONSTRAINT fk_bookings_resource FOREIGN KEY (company_id, resource_id)
        REFERENCES booking_resources (company_id, id) ON DELETE RESTRICT,
    CONSTRAINT fk_bookings_customer FOREIGN KEY (company_id, customer_id)
        REFERENCES customers (company_id, id) ON DELETE CASCADE,
    CONSTRAINT no_double_booking EXCLUDE USING gist (
        resource_id WITH =, tstzrange(starts_at, blocked_until, '[)') WITH &&
    ) WHERE (exclusive AND status IN ('HELD', 'CONFIRMED'))
);
CREATE INDEX idx_bookings_company_start ON bookings (company_id, starts_at);
CREATE INDEX idx_bookings_company_created ON bookings (company_id, created_at);
CREATE INDEX idx_bookings_resource_start ON bookings (company_id, resource_id, starts_at);
CREATE INDEX idx_bookings_customer ON bookings (company_id, customer_id, starts_at DESC);
CREATE INDEX idx_bookings_series ON bookings (company_id, series_id) WHERE series_id IS NOT NULL;

-- When the owner last lifted a customer's no-show bar: no-shows before it no longer count.
CREATE TABLE booking_strike_lifts (
    id          UUID PRIMARY KEY,
    company_id  UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    customer_id UUID NOT NULL,
    lifted_at   TIMESTAMPTZ NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT uq_booking_strike_lifts_customer UNIQUE (company_id, customer_id),
    CONSTRAINT fk_booking_strike_lifts_customer FOREIGN KEY (company_id, customer_id)
        REFERENCES customers (company_id, id) ON DELETE CASCADE
);

-- When each hold runs out, readable before any tenant is known so that one job can expire the
-- holds of every company (each inside its own company). No customer data here and deliberately
-- no row-level security, like channel_routes.
CREATE TABLE booking_hold_deadlines (
    booking_id UUID PRIMARY KEY REFERENCES bookings (id) ON DELETE CASCADE,
    company_id UUID NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX idx_booking_hold_deadlines_due ON booking_hold_deadlines (expires_at);

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['booking_resources', 'booking_opening_hours', 'booking_closures',
                             'booking_pricing_rules', 'bookings', 'booking_strike_lifts']
    LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (company_id = lyrox_current_company())'
                       ' WITH CHECK (company_id = lyrox_current_company())', t);
    END LOOP;
END
$$;
