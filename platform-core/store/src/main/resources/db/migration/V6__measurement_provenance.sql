-- Albero schema, version 6: measurements read from files (feeds) keep their provenance; fed files are registered.

-- Where a measurement came from when a source read it from a file; NULL when a person recorded it.
ALTER TABLE measurement ADD COLUMN source_id VARCHAR(100);
ALTER TABLE measurement ADD COLUMN source_file VARCHAR(255);
ALTER TABLE measurement ADD COLUMN source_hash VARCHAR(64);
ALTER TABLE measurement ADD COLUMN source_row INTEGER;
CREATE INDEX ix_measurement_source_file ON measurement (plan_id, source_id, source_file);

-- One row per file fed to a plan by a source: the same content (hash) twice is refused by the unique constraint,
-- whatever the isolation and however many nodes.
CREATE TABLE fed_file (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  plan_id BIGINT NOT NULL,
  source_id VARCHAR(100) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  hash VARCHAR(64) NOT NULL,
  author VARCHAR(200) NOT NULL,
  fed_at TIMESTAMP NOT NULL,
  measurements INTEGER NOT NULL,
  CONSTRAINT pk_fed_file PRIMARY KEY (id),
  CONSTRAINT fk_fed_file_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT uq_fed_file UNIQUE (plan_id, source_id, hash)
);
