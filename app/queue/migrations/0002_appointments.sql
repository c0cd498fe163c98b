-- Booked appointments of today and later, put by counters (from the district) or by IT staff with the CLI.
-- The kiosk finds them by the ID number on the card or by the 6-digit booking code; a check-in links the ticket.
CREATE TABLE appointments (
    uuid            TEXT PRIMARY KEY NOT NULL,
    id_number       TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL DEFAULT '',
    item_code       TEXT NOT NULL DEFAULT '',
    item_name       TEXT NOT NULL DEFAULT '',
    category        TEXT NOT NULL DEFAULT '',
    -- the local day of slot_start, yyyy-MM-dd
    day             TEXT NOT NULL,
    slot_start      TEXT NOT NULL,
    slot_end        TEXT NOT NULL,
    booking_code    TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'booked' CHECK (state IN ('booked', 'checked_in', 'cancelled')),
    ticket_uuid     TEXT,
    checked_in_at   TEXT,
    updated_at      TEXT NOT NULL
);
CREATE INDEX appointments_citizen ON appointments(day, id_number);
CREATE INDEX appointments_code ON appointments(day, booking_code);
