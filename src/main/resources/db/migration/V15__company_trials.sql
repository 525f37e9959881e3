-- A company registered from now on starts on a trial of every feature; when it ends without a
-- plan, the company's own plan (FREE unless one was given) applies again. Null: no trial.
ALTER TABLE companies ADD COLUMN trial_ends_at TIMESTAMPTZ;
