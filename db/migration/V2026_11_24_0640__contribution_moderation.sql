-- Reports and moderation. A contribution is hidden by a moderator's decision, or automatically (pending review)
-- once enough distinct established accounts reported it; it is never deleted, and can be restored.
ALTER TABLE contribution ADD COLUMN hidden BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE contribution ADD COLUMN hidden_reason VARCHAR(500);

CREATE TABLE contribution_report (
    contribution_id BIGINT       NOT NULL REFERENCES contribution (id),
    reporter_id     BIGINT       NOT NULL REFERENCES account (id),
    reason          VARCHAR(500) NOT NULL CHECK (length(trim(reason)) > 0),
    created_at      TIMESTAMPTZ  NOT NULL,
    -- Several reports from one person count once.
    PRIMARY KEY (contribution_id, reporter_id)
);
