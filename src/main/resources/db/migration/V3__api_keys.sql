-- API keys and dataset ownership. Portable SQL only (H2 in PostgreSQL mode and PostgreSQL).
-- A key is stored as the SHA-256 of its secret: keys are 160-bit random tokens, so a fast hash is
-- enough to make a stolen table useless; the plain key is shown once, when it is created.
CREATE TABLE api_key (
    id            VARCHAR(16)  NOT NULL PRIMARY KEY,
    secret_sha256 CHAR(64)     NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    city          VARCHAR(200),
    label         VARCHAR(200),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE
);

-- Who submitted a dataset: the id of the API key (null for datasets stored before keys existed or
-- from the command line). A verifier works on the datasets it submitted.
ALTER TABLE dataset ADD COLUMN owner VARCHAR(16);
CREATE INDEX dataset_owner_idx ON dataset (owner);
