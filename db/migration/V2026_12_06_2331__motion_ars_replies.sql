-- The agency's follow-up of an avis becomes a register: the avis is sent on a date with a reply expected by another,
-- and every reply received is kept (accepted, partly, refused, or none at the expected date), never overwritten.
ALTER TABLE motion ADD COLUMN ars_reply_due_on DATE;

CREATE TABLE motion_ars_reply (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    motion_id   BIGINT        NOT NULL REFERENCES motion (id),
    received_on DATE          NOT NULL,
    -- NULL only for a reply recorded before the register (free text, no kind, no recorder).
    kind        VARCHAR(16)   CHECK (kind IN ('ACCEPTED', 'PARTLY', 'REFUSED', 'NONE')),
    text        TEXT          CHECK (length(text) <= 5000 AND length(trim(text)) > 0),
    recorded_by BIGINT        REFERENCES account (id),
    recorded_at TIMESTAMPTZ   NOT NULL,
    CHECK (kind IS NOT NULL OR recorded_by IS NULL),
    CHECK (text IS NOT NULL OR kind = 'NONE')
);
CREATE INDEX motion_ars_reply_motion ON motion_ars_reply (motion_id, received_on);

INSERT INTO motion_ars_reply (motion_id, received_on, kind, text, recorded_by, recorded_at)
SELECT id, ars_reply_on, NULL, ars_reply, NULL, now() FROM motion WHERE ars_reply IS NOT NULL;

-- Dropping the columns drops the two checks that named them; the one about avis alone is restated.
ALTER TABLE motion DROP COLUMN ars_reply, DROP COLUMN ars_reply_on;
ALTER TABLE motion ADD CHECK (kind = 'AVIS' OR (ars_sent_on IS NULL AND ars_reply_due_on IS NULL));
ALTER TABLE motion ADD CHECK (ars_reply_due_on IS NULL OR (ars_sent_on IS NOT NULL AND ars_reply_due_on >= ars_sent_on));

-- Append-only: a reply, once recorded, is never changed nor deleted.
CREATE FUNCTION motion_ars_reply_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'motion_ars_reply is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER motion_ars_reply_append_only BEFORE UPDATE OR DELETE ON motion_ars_reply
    FOR EACH ROW EXECUTE FUNCTION motion_ars_reply_is_append_only();
CREATE TRIGGER motion_ars_reply_no_truncate BEFORE TRUNCATE ON motion_ars_reply
    FOR EACH STATEMENT EXECUTE FUNCTION motion_ars_reply_is_append_only();
