-- Search that finds what people type: typos and word parts ("Korea" in "North Korean") by trigram similarity,
-- beside the English stemmer's full-text search. pg_trgm is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX IF NOT EXISTS claim_view_statement_trgm_idx ON claim_view USING GIN (statement gin_trgm_ops);
