-- What the commands of a request with an Idempotency-Key returned, written in each command's own transaction, so that
-- it commits with the command's events or not at all (issue 14). A retry of a request whose change committed but whose
-- answer was never kept (its node died in between) gets these results instead of running the commands again.
-- Numbered after the issue, so that migrations other branches add meanwhile keep their own numbers.
CREATE TABLE idempotency_result (
    username        VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    -- the command's place among those its request sent, from 0
    position        INTEGER      NOT NULL,
    result_type     VARCHAR(512),
    result_revision VARCHAR(255),
    result          BYTEA,
    PRIMARY KEY (username, idempotency_key, position),
    FOREIGN KEY (username, idempotency_key) REFERENCES idempotency_key (username, idempotency_key) ON DELETE CASCADE
);
