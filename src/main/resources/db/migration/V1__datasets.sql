-- Datasets and their immutable versions. Portable SQL only: this runs on H2 (PostgreSQL mode)
-- and on PostgreSQL (see the PostgreSQL reference for what H2 does not accept).
CREATE TABLE dataset (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    current_version INTEGER     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX dataset_created_idx ON dataset (created_at);

-- Index columns (city, country, year) belong to each version: a later version may correct them.
CREATE TABLE dataset_version (
    dataset_id     VARCHAR(36)  NOT NULL REFERENCES dataset (id),
    version        INTEGER      NOT NULL,
    city_name      VARCHAR(200) NOT NULL,
    country        VARCHAR(200),
    reporting_year INTEGER      NOT NULL,
    body           TEXT         NOT NULL,
    body_sha256    CHAR(64)     NOT NULL,
    warnings       TEXT         NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (dataset_id, version)
);
