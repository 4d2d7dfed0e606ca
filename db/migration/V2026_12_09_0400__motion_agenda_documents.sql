-- Documents attached to an agenda point that is not a motion (a motion's own attachments stay in motion_attachment),
-- as links like a motion's: the platform stores no files. Keyed by the point's line on the agenda, which the agenda's
-- rewrite deletes and inserts again: the documents go with their line (ON DELETE CASCADE) and are written back with it.
-- Additive for the previous release: a new table it never reads.
CREATE TABLE sitting_agenda_document (
    sitting_id BIGINT       NOT NULL,
    position   INTEGER      NOT NULL,
    rank       INTEGER      NOT NULL CHECK (rank >= 1),
    label      VARCHAR(200) NOT NULL CHECK (length(trim(label)) > 0),
    url        VARCHAR(500) NOT NULL CHECK (url ~ '^https?://'),
    PRIMARY KEY (sitting_id, position, rank),
    FOREIGN KEY (sitting_id, position) REFERENCES sitting_agenda (sitting_id, position) ON DELETE CASCADE
);
