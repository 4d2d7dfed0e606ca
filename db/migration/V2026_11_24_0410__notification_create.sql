-- In-app notifications (also e-mailed, at once or in a daily digest, as each person prefers).
CREATE TABLE notification (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id     BIGINT        NOT NULL REFERENCES account (id),
    kind           VARCHAR(32)   NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    link           VARCHAR(500),
    created_at     TIMESTAMPTZ   NOT NULL,
    read_at        TIMESTAMPTZ,
    -- Waiting for the next daily digest; cleared in the transaction that records the digest as sent.
    digest_pending BOOLEAN       NOT NULL DEFAULT false,
    emailed_at     TIMESTAMPTZ
);
CREATE INDEX notification_inbox ON notification (account_id, created_at DESC);
CREATE INDEX notification_digest ON notification (account_id) WHERE digest_pending;

CREATE TABLE notification_preference (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    kind       VARCHAR(32) NOT NULL,
    frequency  VARCHAR(16) NOT NULL CHECK (frequency IN ('IMMEDIATELY', 'DAILY_DIGEST', 'NEVER')),
    PRIMARY KEY (account_id, kind)
);
