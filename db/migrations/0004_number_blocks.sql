-- Certificate serial numbers from number blocks, accounted to the last number.

-- A range of serial numbers for one certificate template: added locally by an admin until the district
-- leases blocks. next_number is the next one to hand out; it moves in the same transaction as the
-- certificate row that takes the number, so a number is never handed out twice, also after a crash.
CREATE TABLE number_blocks (
    uuid            TEXT PRIMARY KEY NOT NULL,
    template_code   TEXT NOT NULL,
    prefix          TEXT NOT NULL DEFAULT '',
    first           INTEGER NOT NULL CHECK (first >= 0),
    last            INTEGER NOT NULL,
    width           INTEGER NOT NULL DEFAULT 0 CHECK (width BETWEEN 0 AND 18),
    next_number     INTEGER NOT NULL,
    -- The first number given back unused (returnUnused); null while the block is not returned.
    returned_from   INTEGER,
    source          TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'district')),
    state           TEXT NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'exhausted', 'returned')),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK (last >= first),
    CHECK (next_number BETWEEN first AND last + 1)
);
CREATE INDEX number_blocks_template ON number_blocks(template_code, state, first);

-- Which block and which number a certificate took; a number is taken once per block.
ALTER TABLE certificates ADD COLUMN block_uuid TEXT REFERENCES number_blocks(uuid);
ALTER TABLE certificates ADD COLUMN number INTEGER;
CREATE UNIQUE INDEX certificates_block_number ON certificates(block_uuid, number);

-- Every print and reprint of a numbered certificate: who, when, on which printer, which number.
CREATE TABLE print_log (
    uuid                TEXT PRIMARY KEY NOT NULL,
    certificate_uuid    TEXT NOT NULL REFERENCES certificates(uuid),
    number              TEXT NOT NULL,
    clerk_uuid          TEXT NOT NULL DEFAULT '',
    printer             TEXT NOT NULL DEFAULT '',
    at                  TEXT NOT NULL,
    kind                TEXT NOT NULL CHECK (kind IN ('print', 'reprint')),
    reason              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX print_log_certificate ON print_log(certificate_uuid, at);
