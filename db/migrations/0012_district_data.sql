-- Master data from the district that a counter refused (a calendar year or certificate template that does not
-- pass its checks): the old data stays in force and the refusal shows under sync problems until a newer
-- version of the same record is accepted.
CREATE TABLE district_refusals (
    stream      TEXT NOT NULL,
    uuid        TEXT NOT NULL,
    version     INTEGER NOT NULL,
    reason      TEXT NOT NULL,
    refused_at  TEXT NOT NULL,
    PRIMARY KEY (stream, uuid)
);

-- Appointments (yuyue) booked online for this counter's hall, as the district sends them (stream appointments).
-- slot_date is the day of slot_start in China time (+08:00), for the day's list.
CREATE TABLE appointments (
    uuid          TEXT PRIMARY KEY NOT NULL,
    version       INTEGER NOT NULL,
    hall_code     TEXT NOT NULL,
    id_number     TEXT NOT NULL,
    name          TEXT NOT NULL,
    item_code     TEXT NOT NULL,
    slot_start    TEXT NOT NULL,
    slot_end      TEXT NOT NULL,
    slot_date     TEXT NOT NULL,
    booking_code  TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('booked', 'cancelled')),
    received_at   TEXT NOT NULL
);
CREATE INDEX appointments_day ON appointments(slot_date, slot_start);
CREATE INDEX appointments_citizen ON appointments(id_number, slot_date);
