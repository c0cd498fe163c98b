-- OneWindow local store, schema 1.
-- Every row that syncs carries a UUID made on this counter (uuid TEXT, lower-case, no braces)
-- and a version for optimistic concurrency with the district.

CREATE TABLE settings (
    key         TEXT PRIMARY KEY NOT NULL,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE halls (
    uuid        TEXT PRIMARY KEY NOT NULL,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    address     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL
);

CREATE TABLE counters (
    uuid        TEXT PRIMARY KEY NOT NULL,
    hall_uuid   TEXT NOT NULL REFERENCES halls(uuid),
    number      INTEGER NOT NULL CHECK (number > 0),
    name        TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    UNIQUE (hall_uuid, number)
);

CREATE TABLE clerks (
    uuid                TEXT PRIMARY KEY NOT NULL,
    login               TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name                TEXT NOT NULL,
    role                TEXT NOT NULL CHECK (role IN ('clerk', 'supervisor', 'admin')),
    password_verifier   TEXT NOT NULL,
    active              INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    password_changed_at TEXT NOT NULL,
    last_login_at       TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

-- Failed attempts are counted per typed login, whether or not such a clerk exists,
-- so that the lockout does not tell which logins are real.
CREATE TABLE login_attempts (
    login           TEXT PRIMARY KEY NOT NULL COLLATE NOCASE,
    failures        INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    last_failure_at TEXT
) WITHOUT ROWID;

CREATE TABLE catalog_items (
    uuid            TEXT PRIMARY KEY NOT NULL,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    category        TEXT NOT NULL DEFAULT '',
    department      TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL CHECK (kind IN ('instant', 'promised')),
    time_limit_days INTEGER NOT NULL DEFAULT 0 CHECK (time_limit_days >= 0),
    definition      TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL
);

CREATE TABLE citizens (
    uuid            TEXT PRIMARY KEY NOT NULL,
    id_number       TEXT NOT NULL UNIQUE,
    card_type       TEXT NOT NULL DEFAULT 'resident',
    name            TEXT NOT NULL,
    name_en         TEXT NOT NULL DEFAULT '',
    sex             TEXT NOT NULL DEFAULT '',
    nation          TEXT NOT NULL DEFAULT '',
    birth_date      TEXT,
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    issuer          TEXT NOT NULL DEFAULT '',
    valid_from      TEXT,
    valid_to        TEXT,
    photo_sha256    TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX citizens_name ON citizens(name);

CREATE TABLE cases (
    uuid            TEXT PRIMARY KEY NOT NULL,
    number          TEXT NOT NULL UNIQUE,
    item_code       TEXT NOT NULL,
    citizen_uuid    TEXT NOT NULL REFERENCES citizens(uuid),
    hall_code       TEXT NOT NULL,
    counter_number  INTEGER NOT NULL,
    clerk_uuid      TEXT NOT NULL REFERENCES clerks(uuid),
    bundle_uuid     TEXT,
    state           TEXT NOT NULL,
    form_data       TEXT NOT NULL DEFAULT '{}',
    channel         TEXT NOT NULL DEFAULT 'pickup' CHECK (channel IN ('pickup', 'delivery', 'courier')),
    tracking_number TEXT NOT NULL DEFAULT '',
    accepted_at     TEXT NOT NULL,
    deadline        TEXT,
    closed_at       TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL
);
CREATE INDEX cases_state_deadline ON cases(state, deadline);
CREATE INDEX cases_citizen ON cases(citizen_uuid);

CREATE TABLE case_events (
    uuid        TEXT PRIMARY KEY NOT NULL,
    case_uuid   TEXT NOT NULL REFERENCES cases(uuid),
    at          TEXT NOT NULL,
    clerk_uuid  TEXT REFERENCES clerks(uuid),
    kind        TEXT NOT NULL,
    from_state  TEXT,
    to_state    TEXT,
    detail      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX case_events_case ON case_events(case_uuid, at);

CREATE TABLE materials (
    uuid            TEXT PRIMARY KEY NOT NULL,
    case_uuid       TEXT NOT NULL REFERENCES cases(uuid),
    material_code   TEXT NOT NULL,
    name            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('provided', 'missing', 'commitment', 'not_required')),
    due_date        TEXT,
    received_at     TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    UNIQUE (case_uuid, material_code)
);

-- Photos and scans live next to the database as content-addressed files; this is their metadata.
CREATE TABLE attachments (
    uuid        TEXT PRIMARY KEY NOT NULL,
    case_uuid   TEXT REFERENCES cases(uuid),
    citizen_uuid TEXT REFERENCES citizens(uuid),
    kind        TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    mime_type   TEXT NOT NULL,
    size_bytes  INTEGER NOT NULL CHECK (size_bytes >= 0),
    page        INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL
);
CREATE INDEX attachments_sha256 ON attachments(sha256);

CREATE TABLE certificates (
    uuid            TEXT PRIMARY KEY NOT NULL,
    case_uuid       TEXT NOT NULL REFERENCES cases(uuid),
    template_code   TEXT NOT NULL,
    serial_number   TEXT,
    state           TEXT NOT NULL CHECK (state IN ('reserved', 'printed', 'spoiled', 'voided', 'returned')),
    reason          TEXT NOT NULL DEFAULT '',
    payload         TEXT NOT NULL DEFAULT '',
    signature       TEXT NOT NULL DEFAULT '',
    issued_at       TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    UNIQUE (template_code, serial_number)
);

CREATE TABLE queue_tickets (
    uuid            TEXT PRIMARY KEY NOT NULL,
    number          TEXT NOT NULL,
    service_date    TEXT NOT NULL,
    category        TEXT NOT NULL,
    priority_reason TEXT NOT NULL DEFAULT '',
    citizen_uuid    TEXT REFERENCES citizens(uuid),
    state           TEXT NOT NULL,
    counter_number  INTEGER,
    issued_at       TEXT NOT NULL,
    called_at       TEXT,
    finished_at     TEXT,
    rating          INTEGER CHECK (rating BETWEEN 1 AND 5),
    case_uuids      TEXT NOT NULL DEFAULT '[]',
    UNIQUE (service_date, number)
);

CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    at          TEXT NOT NULL,
    clerk_uuid  TEXT,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '{}',
    prev_hash   TEXT NOT NULL DEFAULT '',
    hash        TEXT NOT NULL DEFAULT ''
);

-- Written in the same transaction as the change it describes; pushed in seq order.
CREATE TABLE outbox (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    op_id           TEXT NOT NULL UNIQUE,
    entity          TEXT NOT NULL,
    entity_uuid     TEXT NOT NULL,
    operation       TEXT NOT NULL,
    payload         TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'applied', 'duplicate', 'rejected', 'conflict')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    acknowledged_at TEXT
);
CREATE INDEX outbox_state ON outbox(state, seq);

CREATE TABLE sync_cursors (
    stream      TEXT PRIMARY KEY NOT NULL,
    cursor      TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;
