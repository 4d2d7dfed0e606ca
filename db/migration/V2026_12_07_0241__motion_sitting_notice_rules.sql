-- The règlement intérieur's delay of convocation, per council (5 days, or convergences.sitting.notice-days, when a
-- council has set none), and the recorded reason of a sitting convened urgently within that delay (printed on the
-- sitting's page and in the minutes).
CREATE TABLE council_sitting_rules (
    council_id  BIGINT PRIMARY KEY REFERENCES council (id),
    notice_days INT    NOT NULL CHECK (notice_days BETWEEN 0 AND 60)
);

CREATE TABLE sitting_urgency (
    sitting_id BIGINT PRIMARY KEY REFERENCES sitting (id),
    reason     TEXT   NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000)
);
