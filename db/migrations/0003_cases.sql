-- Cases taken at the counter: offline-made numbers, what the case was taken under, one-time notices,
-- and working-day calendars imported after the program was shipped.

-- One row per hall, counter, day and kind of number: the last sequence handed out. Taken in the same
-- transaction as the case, so a number is never given twice, also offline.
CREATE TABLE number_sequences (
    kind            TEXT NOT NULL CHECK (kind IN ('case', 'notice')),
    hall_code       TEXT NOT NULL,
    counter_number  INTEGER NOT NULL,
    service_date    TEXT NOT NULL,
    last_sequence   INTEGER NOT NULL CHECK (last_sequence > 0),
    PRIMARY KEY (kind, hall_code, counter_number, service_date)
) WITHOUT ROWID;

-- Cases are written from schema 3 on (the table was empty before), so it is rebuilt with what a case is
-- taken under; clerk_uuid may be empty for cases taken headlessly with onewindow-cli.
DROP INDEX cases_state_deadline;
DROP INDEX cases_citizen;
DROP TABLE cases;
CREATE TABLE cases (
    uuid                TEXT PRIMARY KEY NOT NULL,
    number              TEXT NOT NULL UNIQUE,
    item_code           TEXT NOT NULL,
    item_name           TEXT NOT NULL DEFAULT '',
    item_revision       INTEGER NOT NULL DEFAULT 1,
    kind                TEXT NOT NULL CHECK (kind IN ('instant', 'promised')),
    citizen_uuid        TEXT NOT NULL REFERENCES citizens(uuid),
    hall_code           TEXT NOT NULL,
    counter_number      INTEGER NOT NULL,
    clerk_uuid          TEXT REFERENCES clerks(uuid),
    bundle_uuid         TEXT,
    state               TEXT NOT NULL,
    form_data           TEXT NOT NULL DEFAULT '{}',
    channel             TEXT NOT NULL DEFAULT 'pickup' CHECK (channel IN ('pickup', 'delivery', 'courier')),
    tracking_number     TEXT NOT NULL DEFAULT '',
    delivery_address    TEXT NOT NULL DEFAULT '',
    phone               TEXT NOT NULL DEFAULT '',
    accepted_at         TEXT NOT NULL,
    deadline            TEXT,
    deadline_estimated  INTEGER NOT NULL DEFAULT 0 CHECK (deadline_estimated IN (0, 1)),
    closed_at           TEXT,
    version             INTEGER NOT NULL DEFAULT 1,
    updated_at          TEXT NOT NULL
);
CREATE INDEX cases_state_deadline ON cases(state, deadline);
CREATE INDEX cases_citizen ON cases(citizen_uuid);
CREATE INDEX cases_accepted ON cases(accepted_at);
CREATE INDEX cases_state_accepted ON cases(state, accepted_at);
CREATE INDEX cases_item_accepted ON cases(item_code, accepted_at);

-- One-time notices (一次性告知单) printed when key materials were missing and no case was made.
CREATE TABLE notices (
    uuid            TEXT PRIMARY KEY NOT NULL,
    number          TEXT NOT NULL UNIQUE,
    item_code       TEXT NOT NULL,
    id_number       TEXT NOT NULL,
    citizen_name    TEXT NOT NULL DEFAULT '',
    missing         TEXT NOT NULL,
    clerk_uuid      TEXT REFERENCES clerks(uuid),
    issued_at       TEXT NOT NULL
);

-- Working-day calendars imported with `onewindow-cli calendar import`; a year here replaces the shipped one.
CREATE TABLE calendar_years (
    year            INTEGER PRIMARY KEY NOT NULL,
    document        TEXT NOT NULL,
    imported_at     TEXT NOT NULL
);
