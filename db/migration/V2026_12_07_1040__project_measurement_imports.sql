-- Measurements imported from a CSV file keep their provenance: which file, from which source, imported by whom and
-- when. Re-importing a file updates the values of the same indicator, place and date (the unique key of
-- project_measurement) instead of adding rows; each measurement names the import that last wrote it.
CREATE TABLE project_measurement_import (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id     BIGINT       NOT NULL REFERENCES health_project (id),
    file_name      VARCHAR(255) NOT NULL CHECK (length(trim(file_name)) > 0),
    source         VARCHAR(200) NOT NULL CHECK (length(trim(source)) > 0),
    imported_by    BIGINT       NOT NULL REFERENCES account (id),
    imported_at    TIMESTAMPTZ  NOT NULL,
    created_count  INTEGER      NOT NULL CHECK (created_count >= 0),
    updated_count  INTEGER      NOT NULL CHECK (updated_count >= 0),
    unchanged_count INTEGER     NOT NULL CHECK (unchanged_count >= 0)
);
CREATE INDEX project_measurement_import_project ON project_measurement_import (project_id, imported_at);

ALTER TABLE project_measurement ADD COLUMN import_id BIGINT REFERENCES project_measurement_import (id);
CREATE INDEX project_measurement_by_import ON project_measurement (import_id) WHERE import_id IS NOT NULL;
