-- Retention (docs/operations.md): a referral past the records policy's period is anonymised, keeping its age band
-- and outputs for statistics; plans are removed after some days.
ALTER TABLE referral ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE referral ADD COLUMN age_band VARCHAR(8);
CREATE INDEX referral_retention ON referral (received_at, status);
CREATE INDEX allocation_plan_created ON allocation_plan (created_at);
