-- The district backlog filters and orders cases by these, copied from the case's pushed payload.
ALTER TABLE cases ADD COLUMN item_code TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN counter_number INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN clerk_uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN channel TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN deadline TEXT NOT NULL DEFAULT '';
CREATE INDEX cases_deadline ON cases(deadline, number);

-- The last online login of a clerk on a device: a supervisor's recent login there is the backlog's proof.
CREATE TABLE clerk_logins (
    device_id   TEXT NOT NULL,
    clerk_uuid  TEXT NOT NULL,
    at          TEXT NOT NULL,
    PRIMARY KEY (device_id, clerk_uuid)
);

-- Each counter's audit chain as the district has it: the last stored row, and the first break seen.
CREATE TABLE audit_chains (
    device_id    TEXT PRIMARY KEY NOT NULL,
    rows_stored  BIGINT NOT NULL DEFAULT 0,
    last_seq     BIGINT NOT NULL DEFAULT 0,
    last_hash    TEXT NOT NULL,
    broken_at    TEXT,
    broken_uuid  TEXT,
    broken_seq   BIGINT,
    updated_at   TEXT NOT NULL
);
