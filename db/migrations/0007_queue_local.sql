-- Walk-ins a counter served from its own number range (C3-001...) while the hall host was unreachable.
-- They are handed over to the host when it returns: batch_uuid is set before the first attempt, so a retry
-- after a lost answer sends the same batch, and the host takes each batch once.
CREATE TABLE queue_local_tickets (
    uuid            TEXT PRIMARY KEY NOT NULL,
    day             TEXT NOT NULL,
    counter         INTEGER NOT NULL CHECK (counter > 0),
    seq             INTEGER NOT NULL CHECK (seq > 0),
    number          TEXT NOT NULL,
    category        TEXT NOT NULL DEFAULT '',
    id_number       TEXT NOT NULL DEFAULT '',
    clerk_uuid      TEXT NOT NULL DEFAULT '',
    issued_at       TEXT NOT NULL,
    finished_at     TEXT,
    state           TEXT NOT NULL DEFAULT 'serving' CHECK (state IN ('serving', 'finished', 'dropped')),
    case_uuids      TEXT NOT NULL DEFAULT '[]',
    rating          INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    batch_uuid      TEXT,
    handed_over_at  TEXT,
    UNIQUE (day, counter, seq)
);
CREATE INDEX queue_local_tickets_pending ON queue_local_tickets(handed_over_at, state);
