-- Albero schema, version 4: the history of plans (art. 10 c.3 D.Lgs 150/2009: in-year variations are new
-- versions of the plan). Every save writes the whole tree of the version it creates, as JSON text.
-- Portable SQL: the same text runs on Apache Derby 10.14 and PostgreSQL 10+. Neither CLOB (PostgreSQL) nor
-- TEXT (Derby) exists on both, so the JSON is split into ordered chunks of at most 32000 characters.

CREATE TABLE plan_version (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  plan_id BIGINT NOT NULL,
  version INT NOT NULL,
  status VARCHAR(20) NOT NULL,
  title VARCHAR(2000) NOT NULL,
  saved_at TIMESTAMP NOT NULL,
  author VARCHAR(200) NOT NULL,
  indicators INT NOT NULL,
  CONSTRAINT pk_plan_version PRIMARY KEY (id),
  CONSTRAINT fk_plan_version_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT uq_plan_version UNIQUE (plan_id, version)
);

CREATE TABLE plan_version_chunk (
  plan_version_id BIGINT NOT NULL,
  seq INT NOT NULL,
  content VARCHAR(32000) NOT NULL,
  CONSTRAINT pk_plan_version_chunk PRIMARY KEY (plan_version_id, seq),
  CONSTRAINT fk_plan_version_chunk FOREIGN KEY (plan_version_id) REFERENCES plan_version (id)
);
