-- The notification outbox: telling many people of one decision never happens inside the request that takes it.
-- The deciding transaction writes one job row (what happened, who is to be told as an audience name and a subject);
-- a background job expands it into one row per recipient, then delivers them in batches. Both steps claim their rows
-- with FOR UPDATE SKIP LOCKED, so that several nodes share the work and each row is done once; the rows survive a
-- restart, and the unique keys make a repeated event or a repeated expansion tell nobody twice.
CREATE TABLE notification_job (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- What happened, once: "action-started:42"; recording the same event again is a no-op.
    event_key     VARCHAR(120) NOT NULL UNIQUE,
    audience      VARCHAR(60)  NOT NULL,
    subject_id    BIGINT       NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    title_key     VARCHAR(120) NOT NULL,
    body_key      VARCHAR(120) NOT NULL,
    arguments     TEXT[]       NOT NULL DEFAULT '{}',
    link          VARCHAR(500),
    created_at    TIMESTAMPTZ  NOT NULL,
    -- Set in the transaction that wrote its recipients.
    expanded_at   TIMESTAMPTZ,
    recipients    INTEGER
);
CREATE INDEX notification_job_to_expand ON notification_job (id) WHERE expanded_at IS NULL;

CREATE TABLE notification_outbox (
    job_id       BIGINT      NOT NULL REFERENCES notification_job (id),
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    -- Set in the transaction that wrote the person's in-app notification.
    delivered_at TIMESTAMPTZ,
    PRIMARY KEY (job_id, account_id)
);
CREATE INDEX notification_outbox_pending ON notification_outbox (job_id, account_id) WHERE delivered_at IS NULL;

-- What a person follows: a contribution, a convergence, a motion or an action. Followers are told as the people
-- behind it are.
CREATE TABLE follow (
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    subject_kind VARCHAR(16) NOT NULL CHECK (subject_kind IN ('CONTRIBUTION', 'CONVERGENCE', 'MOTION', 'ACTION')),
    subject_id   BIGINT      NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, subject_kind, subject_id)
);
CREATE INDEX follow_subject ON follow (subject_kind, subject_id);
