-- Albero schema, version 3: overrides ("rettifiche") of node scores by the OIV / performance office.
-- Portable SQL: the same text runs on Apache Derby 10.14 and PostgreSQL 10+.
-- Only the overrides in force are here, at most one per node of a plan (unit, objective or indicator code);
-- every set and clear, with the state before and after, is in audit_entry.

CREATE TABLE score_override (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  plan_id BIGINT NOT NULL,
  node_code VARCHAR(100) NOT NULL,
  score DOUBLE PRECISION NOT NULL,
  note VARCHAR(4000) NOT NULL,
  author VARCHAR(200) NOT NULL,
  set_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_score_override PRIMARY KEY (id),
  CONSTRAINT fk_score_override_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT uq_score_override_node UNIQUE (plan_id, node_code),
  CONSTRAINT ck_score_override_score CHECK (score >= 0 AND score <= 1)
);
