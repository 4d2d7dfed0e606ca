-- A member tables a motion, or an amendment to a motion before its vote (issue 14, item 5). The proposal is a draft
-- motion whose author is the member; the bureau puts it on a sitting's agenda (publishes it) or declines it, which is a
-- cancellation whose reason the member is told (motion_cancellation).
CREATE TABLE motion_tabling (
    motion_id        BIGINT       PRIMARY KEY REFERENCES motion (id),
    tabled_by        BIGINT       NOT NULL REFERENCES account (id),
    tabled_by_name   VARCHAR(200) NOT NULL,
    amends_motion_id BIGINT       REFERENCES motion (id),
    CHECK (amends_motion_id IS NULL OR amends_motion_id <> motion_id)
);
CREATE INDEX motion_tabling_by ON motion_tabling (tabled_by);
