-- A moderator may dismiss the pending reports of a contribution, with a reason (audited): the reports stay, for the
-- reporters' data download and the record, but no longer count in the queue nor towards automatic hiding.
ALTER TABLE contribution_report ADD COLUMN dismissed_at TIMESTAMPTZ;
ALTER TABLE contribution_report ADD COLUMN dismissed_by BIGINT REFERENCES account (id);
ALTER TABLE contribution_report ADD COLUMN dismissal_reason VARCHAR(500);
ALTER TABLE contribution_report ADD CONSTRAINT contribution_report_dismissal_complete
    CHECK ((dismissed_at IS NULL) = (dismissal_reason IS NULL));
