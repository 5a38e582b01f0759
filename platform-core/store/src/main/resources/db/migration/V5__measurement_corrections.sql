-- Albero schema, version 5: corrections of measurements; the audit trail read per plan.

-- A correction is a new measurement naming the one it supersedes; the earlier row is never changed.
-- At most one correction per measurement: two concurrent corrections of the same record cannot both commit.
ALTER TABLE measurement ADD COLUMN supersedes BIGINT;
ALTER TABLE measurement ADD CONSTRAINT fk_measurement_supersedes FOREIGN KEY (supersedes) REFERENCES measurement (id);
ALTER TABLE measurement ADD CONSTRAINT uq_measurement_supersedes UNIQUE (supersedes);

-- AuditTrail.byCode(plan, code): the entries of one plan about a code.
CREATE INDEX ix_audit_entry_plan_code ON audit_entry (ente_code, plan_code, code);
