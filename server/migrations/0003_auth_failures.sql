-- Failed enrollments and clerk logins, per source address and per login, so guessing is slowed down by every
-- worker thread alike and a restart does not reset the count. kind: enroll_address, login_address, login.
CREATE TABLE auth_failures (
    kind          TEXT NOT NULL,
    subject       TEXT NOT NULL,
    window_start  TEXT NOT NULL,
    failures      INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT,
    updated_at    TEXT NOT NULL,
    PRIMARY KEY (kind, subject)
);
CREATE INDEX auth_failures_updated ON auth_failures(updated_at);
