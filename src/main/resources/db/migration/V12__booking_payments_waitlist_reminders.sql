-- Bookings paid in the chat: a resource may name the product whose payment link pays for it; a
-- hold made in the chat then carries a pending sale of the slot's price and is confirmed when
-- that sale is paid.
ALTER TABLE booking_resources ADD COLUMN payment_product_id UUID;
ALTER TABLE booking_resources ADD CONSTRAINT fk_booking_resources_payment_product FOREIGN KEY (company_id, payment_product_id)
    REFERENCES products (company_id, id) ON DELETE SET NULL (payment_product_id);
-- A sale pays for one booking.
CREATE UNIQUE INDEX uq_bookings_sale ON bookings (company_id, sale_id) WHERE sale_id IS NOT NULL;

-- Customers waiting for a taken slot, in line by when they asked. The first in line is offered the
-- slot when it frees, as a hold they claim; at most one live entry per customer and slot.
CREATE TABLE booking_waitlist (
    id                 UUID PRIMARY KEY,
    company_id         UUID NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    resource_id        UUID NOT NULL,
    customer_id        UUID NOT NULL,
    starts_at          TIMESTAMPTZ NOT NULL,
    ends_at            TIMESTAMPTZ NOT NULL CHECK (ends_at > starts_at),
    status             VARCHAR(16) NOT NULL CHECK (status IN ('WAITING', 'OFFERED', 'CLAIMED', 'EXPIRED', 'CANCELLED')),
    offered_booking_id UUID,
    offered_until      TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (status <> 'OFFERED' OR offered_booking_id IS NOT NULL),
    CONSTRAINT fk_booking_waitlist_resource FOREIGN KEY (company_id, resource_id)
        REFERENCES booking_resources (company_id, id) ON DELETE CASCADE,
    CONSTRAINT fk_booking_waitlist_customer FOREIGN KEY (company_id, customer_id)
        REFERENCES customers (company_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX uq_booking_waitlist_live ON booking_waitlist (company_id, resource_id, starts_at, customer_id)
    WHERE status IN ('WAITING', 'OFFERED');
CREATE INDEX idx_booking_waitlist_line ON booking_waitlist (company_id, resource_id, starts_at, created_at)
    WHERE status = 'WAITING';
CREATE INDEX idx_booking_waitlist_offer ON booking_waitlist (company_id, offered_booking_id)
    WHERE offered_booking_id IS NOT NULL;
CREATE INDEX idx_booking_waitlist_company ON booking_waitlist (company_id, created_at DESC);

ALTER TABLE booking_waitlist ENABLE ROW LEVEL SECURITY;
ALTER TABLE booking_waitlist FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON booking_waitlist USING (company_id = lyrox_current_company())
    WITH CHECK (company_id = lyrox_current_company());

-- When each confirmed booking's reminder is due, readable before any tenant is known (ids and
-- times only, no row-level security, like booking_hold_deadlines). sent_at is set by the one
-- instance that claims the reminder, in the same statement that finds it: sent once.
CREATE TABLE booking_reminders (
    booking_id UUID PRIMARY KEY REFERENCES bookings (id) ON DELETE CASCADE,
    company_id UUID NOT NULL,
    remind_at  TIMESTAMPTZ NOT NULL,
    sent_at    TIMESTAMPTZ
);
CREATE INDEX idx_booking_reminders_due ON booking_reminders (remind_at) WHERE sent_at IS NULL;
