-- The projet territorial de santé of a council: one per council, adopted in versions by a council vote (a délibération),
-- then published; its axes hold the actions the council and its partners carry out; indicators, co-adopted with the
-- users' college, are measured over time, at territory or commune level, and shown publicly.
CREATE TABLE health_project (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id BIGINT       NOT NULL UNIQUE REFERENCES council (id),
    title      VARCHAR(200) NOT NULL CHECK (length(trim(title)) > 0),
    created_by BIGINT       NOT NULL REFERENCES account (id),
    created_at TIMESTAMPTZ  NOT NULL,
    version    BIGINT       NOT NULL DEFAULT 0
);

-- A version is the text the council adopts: a draft, adopted by a délibération (the motion that adopted it), then
-- published. An adopted or published version always names its motion; only one draft is open at a time.
CREATE TABLE health_project_version (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id       BIGINT        NOT NULL REFERENCES health_project (id),
    number           INTEGER       NOT NULL CHECK (number > 0),
    summary          TEXT          NOT NULL CHECK (length(summary) <= 20000),
    status           VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'ADOPTED', 'PUBLISHED')),
    adopted_by_motion_id BIGINT    REFERENCES motion (id),
    adopted_at       TIMESTAMPTZ,
    published_at     TIMESTAMPTZ,
    created_at       TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (project_id, number),
    CHECK ((status = 'DRAFT') = (adopted_by_motion_id IS NULL)),
    CHECK ((status = 'DRAFT') = (adopted_at IS NULL)),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);
CREATE UNIQUE INDEX health_project_one_draft ON health_project_version (project_id) WHERE status = 'DRAFT';

CREATE TABLE project_axis (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id  BIGINT        NOT NULL REFERENCES health_project (id),
    position    INTEGER       NOT NULL CHECK (position > 0),
    title       VARCHAR(200)  NOT NULL CHECK (length(trim(title)) > 0),
    description TEXT          NOT NULL CHECK (length(description) <= 5000),
    UNIQUE (project_id, position),
    UNIQUE (project_id, title)
);

-- An abandoned action always says why (the reason is null otherwise); the due date never precedes the start.
CREATE TABLE project_action (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    axis_id               BIGINT        NOT NULL REFERENCES project_axis (id),
    title                 VARCHAR(200)  NOT NULL CHECK (length(trim(title)) > 0),
    description           TEXT          NOT NULL CHECK (length(description) <= 20000),
    owner_organisation_id BIGINT        NOT NULL REFERENCES organisation (id),
    starts_on             DATE          NOT NULL,
    due_on                DATE          NOT NULL,
    budget_euros          BIGINT        CHECK (budget_euros >= 0),
    status                VARCHAR(16)   NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    abandon_reason        VARCHAR(2000) CHECK (length(trim(abandon_reason)) > 0),
    created_by            BIGINT        NOT NULL REFERENCES account (id),
    created_at            TIMESTAMPTZ   NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    CHECK (due_on >= starts_on),
    CHECK ((status = 'ABANDONED') = (abandon_reason IS NOT NULL)),
    UNIQUE (axis_id, title)
);
CREATE INDEX project_action_owner ON project_action (owner_organisation_id);

CREATE TABLE project_action_partner (
    action_id       BIGINT NOT NULL REFERENCES project_action (id),
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (action_id, organisation_id)
);

CREATE TABLE project_action_commune (
    action_id  BIGINT     NOT NULL REFERENCES project_action (id),
    insee_code VARCHAR(5) NOT NULL REFERENCES commune (insee_code),
    PRIMARY KEY (action_id, insee_code)
);

-- The dated progress log: appended, never edited. A status change writes its entry too.
CREATE TABLE project_action_progress (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    action_id   BIGINT        NOT NULL REFERENCES project_action (id),
    noted_on    DATE          NOT NULL,
    text        VARCHAR(5000) NOT NULL CHECK (length(trim(text)) > 0),
    status      VARCHAR(16)   CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'ABANDONED')),
    recorded_by BIGINT        NOT NULL REFERENCES account (id),
    recorded_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX project_action_progress_action ON project_action_progress (action_id, noted_on);

-- What an action answers. As motion_convergence does, the link keeps the title it linked and has no foreign key to the
-- convergence, which a later merge or split may delete; motions and contributions are never deleted.
CREATE TABLE project_action_link (
    action_id BIGINT       NOT NULL REFERENCES project_action (id),
    kind      VARCHAR(16)  NOT NULL CHECK (kind IN ('MOTION', 'CONVERGENCE', 'CONTRIBUTION')),
    target_id BIGINT       NOT NULL,
    title     VARCHAR(300) NOT NULL,
    PRIMARY KEY (action_id, kind, target_id)
);
CREATE INDEX project_action_link_reverse ON project_action_link (kind, target_id);

-- Indicators: proposed by the council, co-adopted with the users' college (who recorded its agreement, and when).
CREATE TABLE project_indicator (
    id                     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    project_id             BIGINT         NOT NULL REFERENCES health_project (id),
    action_id              BIGINT         REFERENCES project_action (id),
    name                   VARCHAR(200)   NOT NULL CHECK (length(trim(name)) > 0),
    definition             VARCHAR(5000)  NOT NULL CHECK (length(trim(definition)) > 0),
    unit                   VARCHAR(40)    NOT NULL CHECK (length(trim(unit)) > 0),
    source                 VARCHAR(300)   NOT NULL CHECK (length(trim(source)) > 0),
    baseline_value         NUMERIC(14, 3) NOT NULL,
    baseline_on            DATE           NOT NULL,
    target_value           NUMERIC(14, 3) NOT NULL,
    target_on              DATE           NOT NULL,
    frequency              VARCHAR(16)    NOT NULL CHECK (frequency IN ('MONTHLY', 'QUARTERLY', 'YEARLY')),
    direction              VARCHAR(16)    NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    owner                  VARCHAR(200)   NOT NULL CHECK (length(trim(owner)) > 0),
    agreed_college_id      BIGINT         REFERENCES college (id),
    agreed_on              DATE,
    agreement_recorded_by  BIGINT         REFERENCES account (id),
    agreement_recorded_at  TIMESTAMPTZ,
    created_by             BIGINT         NOT NULL REFERENCES account (id),
    created_at             TIMESTAMPTZ    NOT NULL,
    version                BIGINT         NOT NULL DEFAULT 0,
    UNIQUE (project_id, name),
    CHECK (target_on > baseline_on),
    -- The college's agreement is recorded whole or not at all.
    CHECK ((agreed_college_id IS NULL) = (agreed_on IS NULL)
        AND (agreed_on IS NULL) = (agreement_recorded_by IS NULL)
        AND (agreement_recorded_by IS NULL) = (agreement_recorded_at IS NULL))
);
CREATE INDEX project_indicator_action ON project_indicator (action_id);

-- A measurement at territory level (no commune) or for one commune; one value per indicator, date and place.
CREATE TABLE project_measurement (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    indicator_id BIGINT         NOT NULL REFERENCES project_indicator (id),
    measured_on  DATE           NOT NULL,
    value        NUMERIC(14, 3) NOT NULL,
    insee_code   VARCHAR(5)     REFERENCES commune (insee_code),
    provenance   VARCHAR(300)   NOT NULL CHECK (length(trim(provenance)) > 0),
    recorded_by  BIGINT         NOT NULL REFERENCES account (id),
    recorded_at  TIMESTAMPTZ    NOT NULL,
    UNIQUE NULLS NOT DISTINCT (indicator_id, measured_on, insee_code)
);
