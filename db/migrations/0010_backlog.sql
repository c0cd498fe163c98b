-- The supervisor's backlog, back-office decisions and what the citizen is told about them.

-- Who works the case now; null: the clerk who accepted it. Reassigning a case keeps who accepted it.
ALTER TABLE cases ADD COLUMN assignee_uuid TEXT REFERENCES clerks(uuid);

-- The backlog pages through open cases by deadline with a keyset on (deadline, number). Partial, so the closed
-- cases of past years cost it nothing; BacklogRepository repeats this WHERE word for word so SQLite uses it.
CREATE INDEX cases_open_deadline ON cases(ifnull(deadline, ''), number)
    WHERE state NOT IN ('closed', 'collected', 'delivered');

-- Messages to the citizen about a decision (approved, returned for more material, rejected), written with the
-- decision; the district sends them (text message) and reports back.
CREATE TABLE notifications (
    uuid            TEXT PRIMARY KEY NOT NULL,
    case_uuid       TEXT NOT NULL REFERENCES cases(uuid),
    citizen_uuid    TEXT NOT NULL REFERENCES citizens(uuid),
    kind            TEXT NOT NULL CHECK (kind IN ('approved', 'returned', 'rejected')),
    channel         TEXT NOT NULL DEFAULT 'sms' CHECK (channel IN ('sms', 'paper')),
    phone           TEXT NOT NULL DEFAULT '',
    message         TEXT NOT NULL,
    clerk_uuid      TEXT REFERENCES clerks(uuid),
    created_at      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'sent', 'failed'))
);
CREATE INDEX notifications_case ON notifications(case_uuid, created_at);
