-- Albero schema, version 2: who saved each plan version; audit entries found by code.

ALTER TABLE plan ADD COLUMN saved_by VARCHAR(200);

CREATE INDEX ix_audit_entry_code ON audit_entry (code);
