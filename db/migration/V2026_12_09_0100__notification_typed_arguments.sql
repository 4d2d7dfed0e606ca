-- The outbox keeps what depends on the reader's language as data, written in each reader's language at delivery:
-- a sitting's date reached English readers in French when the arguments were stored as ready-made French strings.
-- typed_arguments holds NoticeArgument's encoding (a tag letter, then the value); when it is null (rows recorded
-- before), the plain arguments are used, which new rows still fill in French for a node of the previous release.
ALTER TABLE notification_job ADD COLUMN typed_arguments TEXT[];

-- One file sent with each immediate e-mail of the job (a sitting's .ics), so that fan-outs that carried a file can
-- go through the outbox too instead of mailing each member from inside the request.
ALTER TABLE notification_job ADD COLUMN attachment_name    VARCHAR(100);
ALTER TABLE notification_job ADD COLUMN attachment_type    VARCHAR(120);
ALTER TABLE notification_job ADD COLUMN attachment_content BYTEA;
