-- Answers to POST requests that carried an Idempotency-Key, so that a retry gets the first answer again, also after
-- a restart or from another node. A row without a status is a request still being answered.
CREATE TABLE idempotency_key (
    username        VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash    BYTEA        NOT NULL,
    reserved_at     TIMESTAMPTZ  NOT NULL,
    status          INTEGER,
    content_type    VARCHAR(255),
    etag            VARCHAR(255),
    location        VARCHAR(4096),
    body            BYTEA,
    PRIMARY KEY (username, idempotency_key)
);

CREATE INDEX idempotency_key_reserved_at_idx ON idempotency_key (reserved_at);
