-- A progress log entry's attachments (issue 13: "a dated progress log with attachments"), as links, like a motion's:
-- the platform stores no files; a report, minutes or photographs published elsewhere are linked with a label.
CREATE TABLE project_progress_attachment (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    progress_id BIGINT       NOT NULL REFERENCES project_action_progress (id),
    position    INTEGER      NOT NULL CHECK (position > 0),
    label       VARCHAR(200) NOT NULL CHECK (length(trim(label)) > 0),
    url         VARCHAR(500) NOT NULL CHECK (url ~ '^https?://'),
    UNIQUE (progress_id, position)
);
CREATE INDEX project_progress_attachment_progress ON project_progress_attachment (progress_id);
