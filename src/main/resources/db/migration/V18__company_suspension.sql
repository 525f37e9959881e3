-- A platform administrator may suspend a company: its data is kept and readable, nothing is
-- changed through its API and the AI answers none of its customers until it is reactivated.
ALTER TABLE companies ADD COLUMN suspended_at TIMESTAMPTZ;
ALTER TABLE companies ADD COLUMN suspension_reason VARCHAR(500);
