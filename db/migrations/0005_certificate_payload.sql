-- What a certificate printed, so a reprint and `certificate payload` show the same text, photo and QR code as
-- the first print. The signed QR text goes into the existing payload column.

-- The printed texts by template source ({"citizen.name": ..., "certificate.issued": ...}) as a JSON object.
ALTER TABLE certificates ADD COLUMN document TEXT NOT NULL DEFAULT '{}';
-- The photo's content address in blobs/ (the processed JPEG the certificate shows); null without a photo.
ALTER TABLE certificates ADD COLUMN photo_sha256 TEXT;
CREATE INDEX certificates_case ON certificates(case_uuid);
