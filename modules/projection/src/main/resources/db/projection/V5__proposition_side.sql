-- The side of its proposition each claim joined (claims stating one interval in one unit), from ClaimRegistered.
-- Claims registered before sides existed keep NULL until the read tables are rebuilt.
ALTER TABLE proposition_claim ADD COLUMN IF NOT EXISTS side INTEGER;
