-- The district's store. One SQL subset that SQLite and PostgreSQL both run: TEXT, INTEGER, BIGINT,
-- no autoincrement (ids are client UUIDs or positions from change_counter), booleans as 0/1,
-- timestamps as ISO 8601 UTC text, JSON documents as text. One schema means no drift between the two.

CREATE TABLE halls (
    code        TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

CREATE TABLE enroll_codes (
    code_hash   TEXT PRIMARY KEY NOT NULL,
    hall_code   TEXT NOT NULL REFERENCES halls(code),
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL,
    used_at     TEXT,
    device_id   TEXT
);

CREATE TABLE devices (
    id          TEXT PRIMARY KEY NOT NULL,
    hall_code   TEXT NOT NULL REFERENCES halls(code),
    counter     INTEGER NOT NULL,
    name        TEXT NOT NULL,
    token_hash  TEXT NOT NULL UNIQUE,
    public_key  TEXT NOT NULL,
    key_id      TEXT NOT NULL,
    enrolled_at TEXT NOT NULL,
    revoked_at  TEXT
);

CREATE TABLE clerks (
    uuid          TEXT PRIMARY KEY NOT NULL,
    login         TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL,
    hall_code     TEXT NOT NULL REFERENCES halls(code),
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    version       BIGINT NOT NULL DEFAULT 1,
    updated_at    TEXT NOT NULL
);

CREATE TABLE trusted_keys (
    key_id      TEXT PRIMARY KEY NOT NULL,
    public_key  TEXT NOT NULL,
    hall_code   TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1,
    version     BIGINT NOT NULL DEFAULT 1,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT
);

-- The serialized change log. Writers take positions by updating the one row of change_counter in their
-- own transaction; the row lock orders their commits, so readers see positions without gaps.
CREATE TABLE change_counter (
    id          INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
    position    BIGINT NOT NULL
);
INSERT INTO change_counter (id, position) VALUES (1, 0);

CREATE TABLE change_log (
    position    BIGINT PRIMARY KEY NOT NULL,
    stream      TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    version     BIGINT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0,
    hall_code   TEXT, -- NULL: every hall sees it
    data        TEXT NOT NULL,
    at          TEXT NOT NULL
);

CREATE TABLE applied_ops (
    op_id       TEXT PRIMARY KEY NOT NULL,
    device_id   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    operation   TEXT NOT NULL,
    status      TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    result      TEXT NOT NULL,
    at          TEXT NOT NULL
);
CREATE INDEX applied_ops_device ON applied_ops(device_id);

CREATE TABLE citizens (
    uuid        TEXT PRIMARY KEY NOT NULL,
    id_number   TEXT NOT NULL,
    hall_code   TEXT NOT NULL,
    data        TEXT NOT NULL,
    version     BIGINT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX citizens_id_number ON citizens(id_number);

CREATE TABLE cases (
    uuid         TEXT PRIMARY KEY NOT NULL,
    number       TEXT NOT NULL,
    hall_code    TEXT NOT NULL,
    citizen_uuid TEXT NOT NULL,
    state        TEXT NOT NULL,
    data         TEXT NOT NULL,
    version      BIGINT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX cases_hall_state ON cases(hall_code, state);

CREATE TABLE case_materials (
    uuid        TEXT PRIMARY KEY NOT NULL,
    case_uuid   TEXT NOT NULL,
    material    TEXT NOT NULL,
    status      TEXT NOT NULL,
    received_at TEXT
);

CREATE TABLE attachments (
    uuid         TEXT PRIMARY KEY NOT NULL,
    sha256       TEXT NOT NULL,
    case_uuid    TEXT NOT NULL,
    citizen_uuid TEXT NOT NULL,
    data         TEXT NOT NULL,
    created_at   TEXT NOT NULL
);

CREATE TABLE certificates (
    uuid          TEXT PRIMARY KEY NOT NULL,
    case_uuid     TEXT NOT NULL,
    template_code TEXT NOT NULL,
    serial_number TEXT NOT NULL,
    state         TEXT NOT NULL,
    data          TEXT NOT NULL,
    version       BIGINT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- Number series the district leases blocks from; next_number is updated in the leasing transaction.
CREATE TABLE number_series (
    template_code TEXT PRIMARY KEY NOT NULL,
    prefix        TEXT NOT NULL,
    width         INTEGER NOT NULL,
    next_number   BIGINT NOT NULL
);

CREATE TABLE number_blocks (
    uuid          TEXT PRIMARY KEY NOT NULL,
    template_code TEXT NOT NULL,
    prefix        TEXT NOT NULL,
    width         INTEGER NOT NULL,
    first_number  BIGINT NOT NULL,
    last_number   BIGINT NOT NULL,
    device_id     TEXT NOT NULL,
    hall_code     TEXT NOT NULL,
    state         TEXT NOT NULL,
    data          TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX number_blocks_template ON number_blocks(template_code, first_number);

CREATE TABLE print_log (
    uuid        TEXT PRIMARY KEY NOT NULL,
    device_id   TEXT NOT NULL,
    data        TEXT NOT NULL,
    at          TEXT NOT NULL
);

CREATE TABLE audit_log (
    uuid        TEXT PRIMARY KEY NOT NULL,
    device_id   TEXT NOT NULL,
    data        TEXT NOT NULL,
    at          TEXT NOT NULL
);

-- Blob bytes live on disk (--blobs DIR); this row says how big the blob is and whether it is complete.
CREATE TABLE blobs (
    sha256       TEXT PRIMARY KEY NOT NULL,
    size         BIGINT NOT NULL,
    complete     INTEGER NOT NULL DEFAULT 0,
    created_at   TEXT NOT NULL,
    completed_at TEXT
);

-- Shared data of citizens (household, disability, minimum living allowance): a fixture for now.
CREATE TABLE population (
    id_number   TEXT PRIMARY KEY NOT NULL,
    data        TEXT NOT NULL,
    loaded_at   TEXT NOT NULL
);

-- Who looked up whose shared data (PIPL: log who viewed what).
CREATE TABLE shared_lookups (
    device_id   TEXT NOT NULL,
    id_number   TEXT NOT NULL,
    found       INTEGER NOT NULL,
    at          TEXT NOT NULL
);
