-- The diagnostic territorial de santé as a document (issue 13, item 3): one per council, built from the published
-- synthesis of one of its consultations. Like the projet, it is adopted in versions by a council vote (a délibération)
-- and published with a number and a date. A version's content (sections, needs, commune figures, priority communes)
-- is its own: a new version starts as a copy of the published one, so a published version never changes.
CREATE TABLE diagnostic (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id      BIGINT       NOT NULL UNIQUE REFERENCES council (id),
    consultation_id BIGINT       NOT NULL REFERENCES consultation (id),
    title           VARCHAR(200) NOT NULL CHECK (length(trim(title)) > 0),
    created_by      BIGINT       NOT NULL REFERENCES account (id),
    created_at      TIMESTAMPTZ  NOT NULL
);

CREATE TABLE diagnostic_version (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    diagnostic_id        BIGINT      NOT NULL REFERENCES diagnostic (id),
    number               INTEGER     NOT NULL CHECK (number > 0),
    introduction         TEXT        NOT NULL CHECK (length(introduction) <= 20000),
    -- The number of the synthesis version its sections were last built from (null until built).
    synthesis_number     INTEGER     CHECK (synthesis_number > 0),
    status               VARCHAR(16) NOT NULL CHECK (status IN ('DRAFT', 'ADOPTED', 'PUBLISHED')),
    adopted_by_motion_id BIGINT      REFERENCES motion (id),
    adopted_at           TIMESTAMPTZ,
    published_at         TIMESTAMPTZ,
    created_at           TIMESTAMPTZ NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (diagnostic_id, number),
    CHECK ((status = 'DRAFT') = (adopted_by_motion_id IS NULL)),
    CHECK ((status = 'DRAFT') = (adopted_at IS NULL)),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
-- One version in the making at a time (a draft, or adopted and not yet published): the next starts once it is published.
CREATE UNIQUE INDEX diagnostic_one_open_version ON diagnostic_version (diagnostic_id) WHERE status <> 'PUBLISHED';

-- A section per theme of the synthesis, with the editor's text.
CREATE TABLE diagnostic_section (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id BIGINT       NOT NULL REFERENCES diagnostic_version (id),
    position   INTEGER      NOT NULL CHECK (position > 0),
    title      VARCHAR(200) NOT NULL CHECK (length(trim(title)) > 0),
    text       TEXT         NOT NULL CHECK (length(text) <= 10000),
    UNIQUE (version_id, position)
);

-- A need the diagnostic names: a convergence of the synthesis, with its voices in words and one quote. Its reference is
-- kept from version to version, so that the projet's actions that answer it keep pointing at it. The convergence and
-- the quoted contribution have no foreign key, as motion_convergence: a later merge may delete the convergence, and the
-- page checks at display time that the quote may still be read in public.
CREATE SEQUENCE diagnostic_need_reference;
CREATE TABLE diagnostic_need (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    version_id            BIGINT       NOT NULL REFERENCES diagnostic_version (id),
    section_id            BIGINT       NOT NULL REFERENCES diagnostic_section (id),
    reference             BIGINT       NOT NULL DEFAULT nextval('diagnostic_need_reference'),
    position              INTEGER      NOT NULL CHECK (position > 0),
    title                 VARCHAR(300) NOT NULL CHECK (length(trim(title)) > 0),
    voices                VARCHAR(500) NOT NULL,
    contributions         INTEGER      NOT NULL CHECK (contributions >= 0),
    convergence_id        BIGINT,
    quote                 VARCHAR(2000),
    quote_source          VARCHAR(300),
    quote_contribution_id BIGINT,
    UNIQUE (version_id, reference),
    UNIQUE (section_id, position),
    CHECK ((quote IS NULL) = (quote_contribution_id IS NULL))
);

-- Territorial data per commune, imported from open-data CSV files (population, accessibility to GPs…): one value per
-- figure and commune in a version, with its source.
CREATE TABLE diagnostic_commune_figure (
    version_id BIGINT         NOT NULL REFERENCES diagnostic_version (id),
    figure     VARCHAR(100)   NOT NULL CHECK (length(trim(figure)) > 0),
    insee_code VARCHAR(5)     NOT NULL REFERENCES commune (insee_code),
    value      NUMERIC(14, 3) NOT NULL,
    source     VARCHAR(300)   NOT NULL CHECK (length(trim(source)) > 0),
    PRIMARY KEY (version_id, figure, insee_code)
);

-- Communes the diagnostic flags as priorities, each with the reason.
CREATE TABLE diagnostic_priority_commune (
    version_id BIGINT        NOT NULL REFERENCES diagnostic_version (id),
    insee_code VARCHAR(5)    NOT NULL REFERENCES commune (insee_code),
    reason     VARCHAR(1000) NOT NULL CHECK (length(trim(reason)) > 0),
    PRIMARY KEY (version_id, insee_code)
);

-- The needs of the diagnostic a projet action answers, by the need's reference (stable across versions), with its
-- title as linked.
CREATE TABLE project_action_need (
    action_id      BIGINT       NOT NULL REFERENCES project_action (id),
    need_reference BIGINT       NOT NULL,
    title          VARCHAR(300) NOT NULL,
    PRIMARY KEY (action_id, need_reference)
);
CREATE INDEX project_action_need_reverse ON project_action_need (need_reference);
