-- A referral's first recommendation is kept once, in recommendation.body: its arrival revision (revision 1)
-- leaves recommendation empty, and readers take recommendation.body for it. Revisions made later hold their own.
ALTER TABLE revision ALTER COLUMN recommendation DROP NOT NULL;
