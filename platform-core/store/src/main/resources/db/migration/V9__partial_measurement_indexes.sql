-- Most measurements are neither corrections nor rows of a fed file: their supersedes and source columns are null.
-- On PostgreSQL the two indexes that only corrections and fed files use leave those rows out (partial indexes), so a
-- bulk load does not maintain them for every row. The uniqueness of a correction is the same: one correction per
-- measurement. Derby has no partial indexes: nothing changes there.
-- solo postgresql
ALTER TABLE measurement DROP CONSTRAINT uq_measurement_supersedes;
-- solo postgresql
CREATE UNIQUE INDEX uq_measurement_supersedes ON measurement (supersedes) WHERE supersedes IS NOT NULL;
-- solo postgresql
DROP INDEX ix_measurement_source_file;
-- solo postgresql
CREATE INDEX ix_measurement_source_file ON measurement (plan_id, source_id, source_file) WHERE source_file IS NOT NULL;
