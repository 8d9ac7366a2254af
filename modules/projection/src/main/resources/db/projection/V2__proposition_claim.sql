-- Each claim's proposition and its quantity's unit as normalised for comparison, from ClaimRegistered events.
CREATE TABLE IF NOT EXISTS proposition_claim (
    proposition VARCHAR(64) NOT NULL,
    claim_id    UUID        NOT NULL,
    unit        VARCHAR(128),
    PRIMARY KEY (proposition, claim_id)
);
