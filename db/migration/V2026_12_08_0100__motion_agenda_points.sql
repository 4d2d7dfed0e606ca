-- A sitting's agenda holds, among its motions, items that are not motions: information points, hearings and
-- "questions diverses". Each line is a motion (kind MOTION) or a point with its title (optional for questions diverses).
-- Additive for the previous release: its inserts still write motions (kind defaults to MOTION), and its reads join the
-- motion table, so they simply do not see the points.
ALTER TABLE sitting_agenda DROP CONSTRAINT sitting_agenda_pkey;
ALTER TABLE sitting_agenda ALTER COLUMN motion_id DROP NOT NULL;
ALTER TABLE sitting_agenda ADD COLUMN kind TEXT NOT NULL DEFAULT 'MOTION'
    CHECK (kind IN ('MOTION', 'INFORMATION', 'HEARING', 'MISCELLANEOUS'));
ALTER TABLE sitting_agenda ADD COLUMN title TEXT CHECK (length(title) BETWEEN 1 AND 200);
ALTER TABLE sitting_agenda ADD CONSTRAINT sitting_agenda_line CHECK (
    (kind = 'MOTION' AND motion_id IS NOT NULL AND title IS NULL)
    OR (kind <> 'MOTION' AND motion_id IS NULL AND (kind = 'MISCELLANEOUS' OR title IS NOT NULL)));
CREATE UNIQUE INDEX sitting_agenda_motion ON sitting_agenda (sitting_id, motion_id) WHERE motion_id IS NOT NULL;
CREATE UNIQUE INDEX sitting_agenda_position ON sitting_agenda (sitting_id, position);
