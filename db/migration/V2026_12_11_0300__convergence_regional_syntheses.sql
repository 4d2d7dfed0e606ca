-- A regional synthesis is a document like a council's, over the consultations of several councils: one stored draft
-- (its consultations, title, framing, an introduction per theme kept as JSON by theme key) and numbered published
-- versions. A version keeps the consultations it was drawn from, the editor's texts and the document's structure (by
-- contribution id) as they were, and never changes; what it quotes and counts is read at display time through the
-- contributions' public visibility, as for a council's synthesis.
CREATE TABLE regional_synthesis (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title         VARCHAR(200)   NOT NULL CHECK (length(trim(title)) > 0),
    framing       VARCHAR(10000) NOT NULL,
    introductions JSONB          NOT NULL DEFAULT '{}',
    created_by    BIGINT         NOT NULL REFERENCES account (id),
    updated_by    BIGINT         NOT NULL REFERENCES account (id),
    updated_at    TIMESTAMPTZ    NOT NULL
);

CREATE TABLE regional_synthesis_consultation (
    regional_synthesis_id BIGINT NOT NULL REFERENCES regional_synthesis (id),
    consultation_id       BIGINT NOT NULL REFERENCES consultation (id),
    PRIMARY KEY (regional_synthesis_id, consultation_id)
);
CREATE INDEX regional_synthesis_consultation_by_consultation ON regional_synthesis_consultation (consultation_id);

CREATE TABLE regional_synthesis_version (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    regional_synthesis_id BIGINT         NOT NULL REFERENCES regional_synthesis (id),
    number                INTEGER        NOT NULL CHECK (number > 0),
    consultations         BIGINT[]       NOT NULL,
    title                 VARCHAR(200)   NOT NULL,
    framing               VARCHAR(10000) NOT NULL,
    structure             JSONB          NOT NULL,
    published_by          BIGINT         NOT NULL REFERENCES account (id),
    published_at          TIMESTAMPTZ    NOT NULL,
    UNIQUE (regional_synthesis_id, number)
);

-- "Never changes" is the database's rule, as for a council's versions (the same refusal).
CREATE TRIGGER regional_synthesis_version_unchangeable BEFORE UPDATE OR DELETE ON regional_synthesis_version
    FOR EACH ROW EXECUTE FUNCTION synthesis_version_unchangeable();
