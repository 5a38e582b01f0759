-- Albero schema, version 7: the reminders sent, so that none is sent twice for the same deadline.

CREATE TABLE reminder_sent (
  id BIGINT GENERATED ALWAYS AS IDENTITY,
  plan_id BIGINT NOT NULL,
  indicator_code VARCHAR(100) NOT NULL,
  deadline DATE NOT NULL,
  kind VARCHAR(20) NOT NULL,
  recipient VARCHAR(320) NOT NULL,
  sent_at TIMESTAMP NOT NULL,
  CONSTRAINT pk_reminder_sent PRIMARY KEY (id),
  CONSTRAINT fk_reminder_sent_plan FOREIGN KEY (plan_id) REFERENCES plan (id),
  CONSTRAINT uq_reminder_sent UNIQUE (plan_id, indicator_code, deadline, kind, recipient)
);
