-- Who decides, oversight and timeliness (docs/screening.md). Portable SQL: runs on H2 2.x and PostgreSQL 14+.

-- The decided due time (the decided RAG's timescale from receipt), kept with the decision itself: the referral's
-- own due_by is the one in effect, the revisions keep the current one, the recommendation the first one.
ALTER TABLE decision ADD COLUMN due_by TIMESTAMP WITH TIME ZONE;
UPDATE decision SET due_by = (SELECT r.due_by FROM referral r WHERE r.id = decision.referral);

-- A manager's sign-off of a referral's decision: one per referral, never updated. Decisions recorded before sign-off
-- existed are not asked for one (they would flood the sign-off queue and today's plan); they are not marked signed off.
ALTER TABLE referral ADD COLUMN sign_off_required BOOLEAN DEFAULT TRUE NOT NULL;
UPDATE referral SET sign_off_required = FALSE WHERE EXISTS (SELECT 1 FROM decision d WHERE d.referral = referral.id);
CREATE TABLE decision_sign_off (
    referral         BIGINT       NOT NULL PRIMARY KEY REFERENCES referral (id),
    decision_version INT          NOT NULL,  -- the decision or amendment in force when it was signed off
    comment          VARCHAR(4000),
    signed_by        VARCHAR(100) NOT NULL,
    signed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- When a check was asked for, so that each agency's turnaround can be counted; earlier checks: the referral's arrival.
ALTER TABLE referral_check ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
UPDATE referral_check SET created_at = (SELECT r.created_at FROM referral r WHERE r.id = referral_check.referral);
CREATE INDEX referral_check_open ON referral_check (status, due_by);
