-- Arrivals, departures and corrected check-ins during a sitting, with their times: the chair's screen recomputes the
-- quorum from the roll at each one, and the minutes list them.
CREATE TABLE sitting_movement (
    id          BIGSERIAL   PRIMARY KEY,
    sitting_id  BIGINT      NOT NULL REFERENCES sitting (id),
    mandate_id  BIGINT      NOT NULL REFERENCES mandate (id),
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('ARRIVAL', 'DEPARTURE', 'CORRECTION')),
    at          TIMESTAMPTZ NOT NULL,
    recorded_by BIGINT      REFERENCES account (id)
);

CREATE INDEX sitting_movement_sitting ON sitting_movement (sitting_id, at, id);
