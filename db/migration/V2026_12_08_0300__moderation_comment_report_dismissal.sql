-- A moderator may dismiss the pending reports of a comment, with a reason (audited), as for contributions: the
-- reports stay, for the reporters' data download and the record, but leave the moderation queue.
ALTER TABLE comment_report ADD COLUMN dismissed_at TIMESTAMPTZ;
ALTER TABLE comment_report ADD COLUMN dismissed_by BIGINT REFERENCES account (id);
ALTER TABLE comment_report ADD COLUMN dismissal_reason VARCHAR(500);
ALTER TABLE comment_report ADD CONSTRAINT comment_report_dismissal_complete
    CHECK ((dismissed_at IS NULL) = (dismissal_reason IS NULL));
