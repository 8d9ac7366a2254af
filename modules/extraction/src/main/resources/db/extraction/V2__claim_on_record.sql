-- Each claim registered on a proposition, with the quantity it states and its unit as normalised for comparison (both
-- null when it states no number), kept from the event store's ClaimRegistered events by the claims-on-record
-- processor; position is the event's in the store. Read to find an article's duplicates and conflicts by unit.
CREATE TABLE claim_on_record (
    proposition VARCHAR(64) NOT NULL,
    claim_id    UUID        NOT NULL,
    lower_bound NUMERIC,
    upper_bound NUMERIC,
    stated_unit TEXT,
    qualifier   VARCHAR(16),
    unit        TEXT,
    position    BIGINT      NOT NULL,
    PRIMARY KEY (proposition, claim_id)
);

CREATE INDEX claim_on_record_unit_idx ON claim_on_record (unit);
