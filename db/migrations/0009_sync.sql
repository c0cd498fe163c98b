-- The counter's side of district sync: where clerk accounts come from and when the district last confirmed
-- a password, what the district answered to each pushed operation, resumable blob uploads, and the status of
-- the hall's cases as the district knows it.

-- 'district' accounts come from the pull (no password until the clerk's first online login at this counter);
-- online_verified_at is that last online login, and offline logins expire some days after it.
ALTER TABLE clerks ADD COLUMN source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'district'));
ALTER TABLE clerks ADD COLUMN online_verified_at TEXT;

-- The district's answer to an operation: the reason of a rejection, conflict or retry and the server's version.
-- Rejected and conflicting rows stay in the outbox for a person to look at; they are never deleted.
ALTER TABLE outbox ADD COLUMN reason TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN server_version INTEGER;
ALTER TABLE outbox ADD COLUMN last_attempt_at TEXT;

-- Photos and scans on their way to the district, by content hash; received is what the server has confirmed.
CREATE TABLE blob_uploads (
    sha256      TEXT PRIMARY KEY NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    received    INTEGER NOT NULL DEFAULT 0 CHECK (received >= 0),
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'complete', 'failed')),
    last_error  TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;

-- The hall's cases as the district last reported them (stream case_status), also those of other counters.
CREATE TABLE district_case_status (
    uuid        TEXT PRIMARY KEY NOT NULL,
    number      TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 0,
    hall_code   TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
