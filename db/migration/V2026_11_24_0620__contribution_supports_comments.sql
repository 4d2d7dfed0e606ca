-- Supports (one per person per contribution, a database rule) and comments (threaded one level, with a stance).
CREATE TABLE contribution_support (
    contribution_id BIGINT      NOT NULL REFERENCES contribution (id),
    account_id      BIGINT      NOT NULL REFERENCES account (id),
    created_at      TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (contribution_id, account_id)
);

CREATE TABLE contribution_comment (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contribution_id   BIGINT        NOT NULL REFERENCES contribution (id),
    parent_id         BIGINT        REFERENCES contribution_comment (id),
    author_account_id BIGINT        REFERENCES account (id),
    stance            VARCHAR(8)    NOT NULL CHECK (stance IN ('FOR', 'AGAINST', 'NEUTRAL')),
    body              VARCHAR(1000) NOT NULL CHECK (length(trim(body)) > 0),
    created_at        TIMESTAMPTZ   NOT NULL
);
CREATE INDEX contribution_comment_thread ON contribution_comment (contribution_id, created_at);
