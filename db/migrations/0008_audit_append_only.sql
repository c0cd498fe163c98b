-- The audit log is append-only: the program never changes or removes a row. The triggers stop a slip in
-- our own code; deliberate tampering with the file is caught by the hash chain (onewindow-cli audit verify).
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
