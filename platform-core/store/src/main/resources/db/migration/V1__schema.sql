-- Albero schema, version 1: enti, plans and their tree, measurements, audit trail.
-- Portable SQL: the same text runs on Apache Derby 10.14 and PostgreSQL 10+.
-- Long texts are VARCHAR(32672) (Derby's maximum); the store checks lengths before writing.

CREATE TABLE ente (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  code VARCHAR(100) NOT NULL,
  name VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_ente PRIMARY KEY (id),
  CONSTRAINT uq_ente_code UNIQUE (code)
);

CREATE TABLE plan (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  ente_id BIGINT NOT NULL,
  code VARCHAR(100) NOT NULL,
  title VARCHAR(2000) NOT NULL,
  start_year INT NOT NULL,
  end_year INT NOT NULL,
  reference_year INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  version INT NOT NULL,
  saved_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_plan PRIMARY KEY (id),
  CONSTRAINT fk_plan_ente FOREIGN KEY (ente_id) REFERENCES ente (id),
  CONSTRAINT uq_plan_code UNIQUE (ente_id, code)
);

CREATE TABLE org_unit (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  plan_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  code VARCHAR(100) NOT NULL,
  name VARCHAR(2000) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  module_id VARCHAR(100),
  review VARCHAR(4000),
  CONSTRAINT pk_org_unit PRIMARY KEY (id),
  CONSTRAINT fk_org_unit_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT uq_org_unit_code UNIQUE (plan_id, code)
);

CREATE TABLE objective (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  plan_id BIGINT NOT NULL,
  unit_id BIGINT NOT NULL,
  parent_id BIGINT,
  sort_order INT NOT NULL,
  code VARCHAR(100) NOT NULL,
  title VARCHAR(32672) NOT NULL,
  weight DOUBLE PRECISION,
  tags VARCHAR(4000) NOT NULL,
  review VARCHAR(4000),
  CONSTRAINT pk_objective PRIMARY KEY (id),
  CONSTRAINT fk_objective_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_objective_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_objective_parent FOREIGN KEY (parent_id) REFERENCES objective (id),
  CONSTRAINT uq_objective_code UNIQUE (plan_id, code)
);

CREATE TABLE plan_indicator (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  plan_id BIGINT NOT NULL,
  objective_id BIGINT NOT NULL,
  sort_order INT NOT NULL,
  code VARCHAR(100) NOT NULL,
  instrument VARCHAR(32672) NOT NULL,
  expected_result VARCHAR(32672) NOT NULL,
  timing VARCHAR(4000) NOT NULL,
  type_id VARCHAR(100) NOT NULL,
  parameters VARCHAR(32672) NOT NULL,
  weight DOUBLE PRECISION,
  review VARCHAR(4000),
  CONSTRAINT pk_plan_indicator PRIMARY KEY (id),
  CONSTRAINT fk_plan_indicator_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT fk_plan_indicator_objective FOREIGN KEY (objective_id) REFERENCES objective (id),
  CONSTRAINT uq_plan_indicator_code UNIQUE (plan_id, code)
);

-- Measurements refer to their indicator by code, so that replacing a plan's tree keeps them.
CREATE TABLE measurement (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  plan_id BIGINT NOT NULL,
  indicator_code VARCHAR(100) NOT NULL,
  measured_on DATE NOT NULL,
  measured_values VARCHAR(32672) NOT NULL,
  evidence VARCHAR(2000),
  note VARCHAR(4000),
  author VARCHAR(200) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_measurement PRIMARY KEY (id),
  CONSTRAINT fk_measurement_plan FOREIGN KEY (plan_id) REFERENCES plan (id)
);

CREATE INDEX ix_measurement_indicator ON measurement (plan_id, indicator_code);

-- Append-only: the store only ever inserts here.
CREATE TABLE audit_entry (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  happened_at TIMESTAMP NOT NULL,
  author VARCHAR(200) NOT NULL,
  action VARCHAR(100) NOT NULL,
  entity VARCHAR(50) NOT NULL,
  ente_code VARCHAR(100),
  plan_code VARCHAR(100),
  code VARCHAR(200),
  before_state VARCHAR(32672),
  after_state VARCHAR(32672),
  outcome VARCHAR(20) NOT NULL,
  message VARCHAR(4000) NOT NULL,
  CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
