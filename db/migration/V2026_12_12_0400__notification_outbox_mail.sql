-- E-mails to people who have no account (a debate's registrants known by their address only), recorded in the
-- transaction of the decision they report and sent by the outbox's delivery after it commits: a decision that rolls
-- back mails nobody. The mail is written out when recorded (in the person's language, with its one-time links, issued
-- in the same transaction); delivery claims rows with FOR UPDATE SKIP LOCKED and deletes them in the transaction it
-- commits before sending, so a mail goes at most once and no address is kept once it went.
CREATE TABLE notification_outbox_mail (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient          VARCHAR(320) NOT NULL,
    subject            TEXT         NOT NULL,
    body               TEXT         NOT NULL,
    attachment_name    VARCHAR(200),
    attachment_type    VARCHAR(200),
    attachment_content BYTEA,
    created_at         TIMESTAMPTZ  NOT NULL
);
