-- Signed chain heads (one row per claim: its latest checkpoint) and signed whole-store checkpoints with the heads
-- they were made from. Each row carries its own Ed25519 signature: a row edited here no longer verifies.

CREATE TABLE audit_checkpoint (
    claim_id  VARCHAR(255) NOT NULL PRIMARY KEY, -- the event store's aggregateidentifier
    sequence  BIGINT       NOT NULL,
    hash      VARCHAR(64)  NOT NULL,
    signed_at VARCHAR(40)  NOT NULL,
    signature VARCHAR(200) NOT NULL
);

CREATE TABLE audit_store_checkpoint (
    id         BIGSERIAL    NOT NULL PRIMARY KEY,
    created_at VARCHAR(40)  NOT NULL,
    claims     INTEGER      NOT NULL,
    root       VARCHAR(64)  NOT NULL,
    signature  VARCHAR(200) NOT NULL
);

CREATE TABLE audit_store_checkpoint_head (
    checkpoint_id BIGINT       NOT NULL REFERENCES audit_store_checkpoint (id) ON DELETE CASCADE,
    claim_id      VARCHAR(255) NOT NULL,
    sequence      BIGINT       NOT NULL,
    hash          VARCHAR(64)  NOT NULL,
    PRIMARY KEY (checkpoint_id, claim_id)
);
