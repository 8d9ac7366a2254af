-- Every claim event, searchable by actor, claim, type and time, from the "claims" processor.
CREATE TABLE IF NOT EXISTS audit_entry (
    event_id       VARCHAR(255) PRIMARY KEY,
    claim_id       UUID         NOT NULL,
    sequence       BIGINT       NOT NULL,
    type           VARCHAR(64)  NOT NULL,
    actor          VARCHAR(255),
    correlation_id VARCHAR(64),
    occurred_at    TIMESTAMPTZ  NOT NULL,
    payload        JSONB        NOT NULL
);

CREATE INDEX IF NOT EXISTS audit_entry_time_idx ON audit_entry (occurred_at DESC);
CREATE INDEX IF NOT EXISTS audit_entry_actor_idx ON audit_entry (actor, occurred_at DESC);
CREATE INDEX IF NOT EXISTS audit_entry_claim_idx ON audit_entry (claim_id, occurred_at DESC);
