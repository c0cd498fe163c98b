-- Scanned pages of a case's materials: which material a scan belongs to, and a fast listing per case.
-- Photos and older rows keep an empty material code.
ALTER TABLE attachments ADD COLUMN material_code TEXT NOT NULL DEFAULT '';
CREATE INDEX attachments_case ON attachments(case_uuid, kind, material_code, page);
