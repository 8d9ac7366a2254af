-- Until 0.1 the server migrated this table (its V2..V4); IF NOT EXISTS lets such a database move to this history.
-- The claims read table, rebuilt from the event store by the "claims" processor.
CREATE TABLE IF NOT EXISTS claim_view (
    claim_id    UUID         PRIMARY KEY,
    proposition VARCHAR(64),
    state       VARCHAR(16)  NOT NULL,
    statement   TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    proposed_at TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL,
    document    JSONB        NOT NULL
);

CREATE INDEX IF NOT EXISTS claim_view_state_idx ON claim_view (state, proposed_at DESC);
CREATE INDEX IF NOT EXISTS claim_view_proposition_idx ON claim_view (proposition, proposed_at DESC);
CREATE INDEX IF NOT EXISTS claim_view_statement_search_idx ON claim_view USING GIN (to_tsvector('english', statement));
