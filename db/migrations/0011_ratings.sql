-- The citizen's rating (haochaping) of a service, on each case accepted while the ticket was served.
-- One row per case and ticket; the ticket's day and number tie it to the hall queue.
CREATE TABLE case_ratings (
    uuid            TEXT PRIMARY KEY NOT NULL,
    case_uuid       TEXT NOT NULL REFERENCES cases(uuid),
    ticket_day      TEXT NOT NULL,
    ticket_number   TEXT NOT NULL,
    rating          INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    clerk_uuid      TEXT NOT NULL DEFAULT '',
    rated_at        TEXT NOT NULL,
    UNIQUE (case_uuid, ticket_day, ticket_number)
);
CREATE INDEX case_ratings_case ON case_ratings(case_uuid);
