-- An article as it was submitted and the candidates the machine found in it.
CREATE TABLE extraction (
    id           UUID PRIMARY KEY,
    text         TEXT         NOT NULL,
    url          VARCHAR(2048),
    title        VARCHAR(500),
    publisher    VARCHAR(200),
    published_at DATE,
    language     VARCHAR(16)  NOT NULL,
    candidates   JSONB        NOT NULL,
    created_by   VARCHAR(200) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);

-- What a person accepted of a candidate, as corrected, and the claim it became.
CREATE TABLE extraction_acceptance (
    extraction_id UUID         NOT NULL REFERENCES extraction (id),
    candidate_id  INTEGER      NOT NULL,
    claim_id      UUID         NOT NULL,
    accepted      JSONB        NOT NULL,
    accepted_by   VARCHAR(200) NOT NULL,
    accepted_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (extraction_id, candidate_id)
);
