-- Moderation, second slice: comments are reported and hidden like contributions; moderators' sanctions (hiding,
-- redacting a passage) are recorded so that their author can appeal each one once; a person can be suspended from
-- taking part in one council's space.

-- A hidden comment stays in the thread as a placeholder (replies keep their context); moderators still read it.
ALTER TABLE contribution_comment ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE contribution_comment ADD COLUMN hidden_reason VARCHAR(500);

CREATE TABLE comment_report (
    comment_id  BIGINT       NOT NULL REFERENCES contribution_comment (id),
    reporter_id BIGINT       NOT NULL REFERENCES account (id),
    reason      VARCHAR(500) NOT NULL CHECK (length(trim(reason)) > 0),
    created_at  TIMESTAMPTZ  NOT NULL,
    -- Several reports from one person count once.
    PRIMARY KEY (comment_id, reporter_id)
);

-- A decision against a content (a contribution, or one of its comments): hiding it, or redacting a passage of it.
-- Restoring is not a sanction and is only audit-logged. A redaction keeps where the passage was found and its length,
-- never the passage: the words are gone from every table, and this row is what the public notice shows.
CREATE TABLE moderation_decision (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id      BIGINT       NOT NULL REFERENCES council (id),
    contribution_id BIGINT       NOT NULL REFERENCES contribution (id),
    comment_id      BIGINT       REFERENCES contribution_comment (id),
    kind            VARCHAR(8)   NOT NULL CHECK (kind IN ('HIDE', 'REDACT')),
    reason          VARCHAR(500) NOT NULL CHECK (length(trim(reason)) > 0),
    -- Null when the platform hid the content after reports from several established accounts.
    moderator_id    BIGINT       REFERENCES account (id),
    redacted_fields VARCHAR(2000),
    removed_length  INTEGER      CHECK (removed_length > 0),
    decided_at      TIMESTAMPTZ  NOT NULL,
    CHECK ((kind = 'REDACT') = (redacted_fields IS NOT NULL AND removed_length IS NOT NULL)),
    CHECK (kind = 'HIDE' OR moderator_id IS NOT NULL)
);
CREATE INDEX moderation_decision_contribution ON moderation_decision (contribution_id, decided_at);
CREATE INDEX moderation_decision_comment ON moderation_decision (comment_id) WHERE comment_id IS NOT NULL;

-- The author appeals a decision once: a unique decision id, not only a check in Java.
CREATE TABLE moderation_appeal (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decision_id    BIGINT        NOT NULL UNIQUE REFERENCES moderation_decision (id),
    appellant_id   BIGINT        NOT NULL REFERENCES account (id),
    text           VARCHAR(1000) NOT NULL CHECK (length(trim(text)) > 0),
    created_at     TIMESTAMPTZ   NOT NULL,
    outcome        VARCHAR(8)    CHECK (outcome IN ('UPHELD', 'REVERSED')),
    outcome_reason VARCHAR(500),
    decided_by     BIGINT        REFERENCES account (id),
    decided_at     TIMESTAMPTZ,
    version        BIGINT        NOT NULL DEFAULT 0,
    CHECK ((outcome IS NULL) = (decided_at IS NULL)),
    CHECK ((outcome IS NULL) = (outcome_reason IS NULL)),
    CHECK ((outcome IS NULL) = (decided_by IS NULL))
);
CREATE INDEX moderation_appeal_pending ON moderation_appeal (created_at) WHERE outcome IS NULL;

-- A person suspended from taking part in one council's space (contributing, supporting, commenting, reporting,
-- appealing); reading stays open, and mandates and votes are untouched. The last day is the one the moderator chose,
-- shown to the person; ends_at is when it ends, computed in the territory's time zone.
CREATE TABLE council_suspension (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id   BIGINT       NOT NULL REFERENCES council (id),
    account_id   BIGINT       NOT NULL REFERENCES account (id),
    reason       VARCHAR(500) NOT NULL CHECK (length(trim(reason)) > 0),
    suspended_by BIGINT       NOT NULL REFERENCES account (id),
    starts_at    TIMESTAMPTZ  NOT NULL,
    last_day     DATE,
    ends_at      TIMESTAMPTZ,
    lifted_at    TIMESTAMPTZ,
    lifted_by    BIGINT       REFERENCES account (id),
    lift_reason  VARCHAR(500),
    version      BIGINT       NOT NULL DEFAULT 0,
    CHECK ((last_day IS NULL) = (ends_at IS NULL)),
    CHECK (ends_at IS NULL OR ends_at > starts_at),
    CHECK ((lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL)),
    CHECK (lifted_at IS NULL OR lifted_at >= starts_at),
    -- One suspension at a time per person and council (least() skips nulls: an open end is unbounded).
    EXCLUDE USING gist (council_id WITH =, account_id WITH =, tstzrange(starts_at, least(ends_at, lifted_at)) WITH &&)
);
CREATE INDEX council_suspension_account ON council_suspension (account_id, council_id);
