-- A claim's conflict with the sides of its proposition is one conflict, not one per side: which sides it disagrees with
-- is read from these, not from the claim (docs/architecture.md, rule 9). Each side as its first claim stated it, from
-- ClaimRegistered, and each claim the proposition knows to be denied, from SideClaimDenied and SideClaimRestored; a side
-- stands while one of its claims is not denied. Propositions registered before keep no sides here until the read
-- tables are rebuilt (POST /api/v1/admin/projections/claims/rebuild).
CREATE TABLE IF NOT EXISTS proposition_side (
    proposition VARCHAR(64)  NOT NULL,
    number      INTEGER      NOT NULL,
    lower_bound NUMERIC,
    upper_bound NUMERIC,
    stated_unit VARCHAR(64)  NOT NULL,
    qualifier   VARCHAR(16)  NOT NULL,
    unit        VARCHAR(128) NOT NULL,
    PRIMARY KEY (proposition, number)
);
ALTER TABLE proposition_claim ADD COLUMN IF NOT EXISTS denied BOOLEAN NOT NULL DEFAULT FALSE;
-- Whether a side stands is one probe of this per side.
CREATE INDEX IF NOT EXISTS proposition_claim_standing_idx ON proposition_claim (proposition, side) WHERE NOT denied;
