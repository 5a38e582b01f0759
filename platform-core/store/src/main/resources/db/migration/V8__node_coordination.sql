-- Albero schema, version 8: what several nodes over one database share (shared secrets, ended sessions, job leases).

CREATE TABLE node_secret (
  name VARCHAR(100) NOT NULL,
  secret VARCHAR(200) NOT NULL,
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_node_secret PRIMARY KEY (name)
);

CREATE TABLE session_revoked (
  session_id VARCHAR(100) NOT NULL,
  valid_until TIMESTAMP NOT NULL,
  CONSTRAINT pk_session_revoked PRIMARY KEY (session_id)
);

CREATE TABLE job_lease (
  job VARCHAR(100) NOT NULL,
  holder VARCHAR(200) NOT NULL,
  lease_until TIMESTAMP NOT NULL,
  CONSTRAINT pk_job_lease PRIMARY KEY (job)
);
