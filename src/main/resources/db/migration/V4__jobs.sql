-- Jobs: long work (rendering many documents) split into items that any instance may claim.
-- Portable SQL only. An item is claimed by a conditional UPDATE (status and lease checked in the
-- WHERE clause), which both databases execute atomically per row: of two instances racing for one
-- item exactly one updates it. A claim is a lease: an item whose instance died is claimed again
-- once its lease has run out.
CREATE TABLE job (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    document   VARCHAR(40)  NOT NULL,
    doc_format VARCHAR(10)  NOT NULL,
    lang       VARCHAR(10)  NOT NULL,
    owner      VARCHAR(16),
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    item_count INTEGER      NOT NULL
);

CREATE INDEX job_created_idx ON job (created_at);

CREATE TABLE job_item (
    job_id      VARCHAR(36)  NOT NULL REFERENCES job (id),
    position    INTEGER      NOT NULL,
    dataset_id  VARCHAR(36)  NOT NULL,
    status      VARCHAR(12)  NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
    attempts    INTEGER      NOT NULL,
    claimed_by  VARCHAR(64),
    lease_until TIMESTAMP WITH TIME ZONE,
    finished_at TIMESTAMP WITH TIME ZONE,
    error       TEXT,
    file_name   VARCHAR(200),
    media_type  VARCHAR(100),
    content     BYTEA,
    sha256      CHAR(64),
    PRIMARY KEY (job_id, position)
);

CREATE INDEX job_item_status_idx ON job_item (status, lease_until);
