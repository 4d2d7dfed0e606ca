-- The secretariat cancels a motion before its vote, or a sitting before it starts, with a reason that stays on its page
-- (and, for a sitting already announced, in the notice its members receive). Cancelled rows are kept, never deleted:
-- the journal and any link to them must still resolve.
ALTER TABLE motion DROP CONSTRAINT motion_status_check;
ALTER TABLE motion ADD CONSTRAINT motion_status_check CHECK (status IN ('DRAFT', 'PUBLISHED', 'ADOPTED', 'REJECTED', 'CANCELLED'));
ALTER TABLE sitting DROP CONSTRAINT sitting_status_check;
ALTER TABLE sitting ADD CONSTRAINT sitting_status_check CHECK (status IN ('CONVENED', 'CLOSED', 'CANCELLED'));

CREATE TABLE motion_cancellation (
    motion_id    BIGINT      PRIMARY KEY REFERENCES motion (id),
    -- a motion once published stays listed publicly as cancelled; a cancelled draft stays the secretariat's
    was_public   BOOLEAN     NOT NULL,
    reason       TEXT        NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
    cancelled_by BIGINT      NOT NULL REFERENCES account (id),
    cancelled_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE sitting_cancellation (
    sitting_id   BIGINT      PRIMARY KEY REFERENCES sitting (id),
    reason       TEXT        NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 1000),
    cancelled_by BIGINT      NOT NULL REFERENCES account (id),
    cancelled_at TIMESTAMPTZ NOT NULL
);
