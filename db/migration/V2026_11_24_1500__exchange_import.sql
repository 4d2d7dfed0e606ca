-- Contributions imported from a file (paper forms transcribed in a spreadsheet, another platform's open data such as
-- Decidim's): one row per import, with its counts, and for each imported contribution where it came from. The
-- original figures (supports, comments) and labels (category, scope) are kept as they were: they belong to the other
-- platform, and are not mixed with the supports and comments given here.
CREATE TABLE contribution_import (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id      BIGINT       NOT NULL REFERENCES council (id),
    consultation_id BIGINT       NOT NULL REFERENCES consultation (id),
    imported_by     BIGINT       NOT NULL REFERENCES account (id),
    imported_at     TIMESTAMPTZ  NOT NULL,
    file_name       VARCHAR(255) NOT NULL CHECK (length(trim(file_name)) > 0),
    format          VARCHAR(16)  NOT NULL CHECK (format IN ('CSV', 'JSON_LINES')),
    accepted_count  INTEGER      NOT NULL CHECK (accepted_count >= 0),
    rejected_count  INTEGER      NOT NULL CHECK (rejected_count >= 0)
);
CREATE INDEX contribution_import_consultation ON contribution_import (consultation_id, imported_at DESC);

CREATE TABLE contribution_source (
    contribution_id   BIGINT        PRIMARY KEY REFERENCES contribution (id),
    import_id         BIGINT        NOT NULL REFERENCES contribution_import (id),
    external_id       VARCHAR(200),
    external_url      VARCHAR(1000),
    original_supports INTEGER       CHECK (original_supports >= 0),
    original_comments INTEGER       CHECK (original_comments >= 0),
    original_category VARCHAR(500),
    original_scope    VARCHAR(500)
);
CREATE INDEX contribution_source_import ON contribution_source (import_id);
