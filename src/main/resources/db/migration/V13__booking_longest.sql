-- A booking holds its resource for at most two days, buffer included: reads of a period look
-- back that far from its start, so that they read the index from there instead of from the
-- first booking ever made.
ALTER TABLE bookings ADD CONSTRAINT bookings_at_most_two_days CHECK (blocked_until <= starts_at + interval '2 days');
