-- The hall host's own store: tickets, calls and counters of one hall. Not the counter database.

-- Service categories; the code is the one-letter ticket prefix.
CREATE TABLE categories (
    code        TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0,
    active      INTEGER NOT NULL DEFAULT 1
);

-- One row per ticket; numbers restart each day per category (A001...). Tickets handed over from a counter's
-- own range keep their number (C3-001) and have source 'local'.
CREATE TABLE tickets (
    uuid                TEXT PRIMARY KEY NOT NULL,
    day                 TEXT NOT NULL,
    number              TEXT NOT NULL,
    seq                 INTEGER NOT NULL,
    category            TEXT NOT NULL,
    priority            INTEGER NOT NULL DEFAULT 0,
    priority_reason     TEXT NOT NULL DEFAULT '',
    appointment_at      TEXT,
    id_number           TEXT NOT NULL DEFAULT '',
    issued_at           TEXT NOT NULL,
    -- the place in line: a transfer keeps it, a no-show comes back with it
    queued_at           TEXT NOT NULL,
    -- a no-show cannot be called again before this time
    eligible_at         TEXT,
    state               TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'finished', 'dropped')),
    counter             INTEGER NOT NULL DEFAULT 0,
    target_counter      INTEGER NOT NULL DEFAULT 0,
    from_counter        INTEGER NOT NULL DEFAULT 0,
    first_called_at     TEXT,
    called_at           TEXT,
    finished_at         TEXT,
    no_shows            INTEGER NOT NULL DEFAULT 0,
    ahead               INTEGER NOT NULL DEFAULT 0,
    reason_code         TEXT NOT NULL DEFAULT '',
    reason              TEXT NOT NULL DEFAULT '',
    case_uuids          TEXT NOT NULL DEFAULT '[]',
    rating              INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    clerk               TEXT NOT NULL DEFAULT '',
    source              TEXT NOT NULL DEFAULT 'host' CHECK (source IN ('host', 'local')),
    UNIQUE (day, number)
);
-- The heads of the lines (QueueStore::callNext) and the next number of a category are index look-ups, so a call
-- costs the same with five or five thousand people waiting.
CREATE INDEX tickets_line ON tickets(day, state, priority, queued_at);
CREATE INDEX tickets_appointments ON tickets(day, state, appointment_at) WHERE appointment_at IS NOT NULL;
CREATE INDEX tickets_sequence ON tickets(day, category, seq);
CREATE INDEX tickets_waiting ON tickets(day, category, state, priority);
CREATE INDEX tickets_counter ON tickets(counter, state);

-- Every call and recall, with why that ticket was chosen (supervisors read it; the ordering reads the history).
CREATE TABLE calls (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_uuid     TEXT NOT NULL REFERENCES tickets(uuid),
    number          TEXT NOT NULL,
    category        TEXT NOT NULL,
    counter         INTEGER NOT NULL,
    at              TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('call', 'recall')),
    priority        INTEGER NOT NULL DEFAULT 0,
    appointment     INTEGER NOT NULL DEFAULT 0,
    reason_code     TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL DEFAULT '',
    clerk           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX calls_counter ON calls(counter, id);

-- The counters the host has seen: which categories they call and whether they are paused.
CREATE TABLE counters (
    number          INTEGER PRIMARY KEY NOT NULL,
    categories      TEXT NOT NULL DEFAULT '',
    paused          INTEGER NOT NULL DEFAULT 0,
    clerk           TEXT NOT NULL DEFAULT '',
    updated_at      TEXT NOT NULL
);

-- Batches of a counter's own-range tickets taken over after an outage; a batch is taken once.
CREATE TABLE handovers (
    batch_uuid      TEXT PRIMARY KEY NOT NULL,
    counter         INTEGER NOT NULL,
    tickets         INTEGER NOT NULL,
    at              TEXT NOT NULL
);

CREATE TABLE settings (
    key             TEXT PRIMARY KEY NOT NULL,
    value           TEXT NOT NULL
);
