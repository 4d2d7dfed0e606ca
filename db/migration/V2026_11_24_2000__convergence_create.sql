-- Convergences found by the engine in a consultation's contributions, curated by moderators. A contribution belongs to
-- at most one live convergence (proposed or confirmed). A dismissed convergence keeps the ids of its former members, so
-- that a new computation does not propose the same group again.
CREATE TABLE convergence (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id   BIGINT           NOT NULL REFERENCES consultation (id),
    engine_key        VARCHAR(64)      NOT NULL,
    label             VARCHAR(160)     NOT NULL CHECK (length(trim(label)) > 0),
    label_edited      BOOLEAN          NOT NULL DEFAULT false,
    terms             VARCHAR(1000)    NOT NULL,
    status            VARCHAR(16)      NOT NULL CHECK (status IN ('PROPOSED', 'CONFIRMED', 'DISMISSED')),
    score             DOUBLE PRECISION NOT NULL,
    sources           INTEGER          NOT NULL DEFAULT 0,
    organisations     INTEGER          NOT NULL DEFAULT 0,
    colleges          INTEGER          NOT NULL DEFAULT 0,
    communes          INTEGER          NOT NULL DEFAULT 0,
    dismissed_members BIGINT[],
    computed_at       TIMESTAMPTZ      NOT NULL,
    decided_by        BIGINT           REFERENCES account (id),
    decided_at        TIMESTAMPTZ,
    version           BIGINT           NOT NULL DEFAULT 0
);
CREATE INDEX convergence_of_consultation ON convergence (consultation_id, status);

CREATE TABLE convergence_member (
    convergence_id  BIGINT  NOT NULL REFERENCES convergence (id) ON DELETE CASCADE,
    contribution_id BIGINT  NOT NULL REFERENCES contribution (id),
    rank            INTEGER NOT NULL CHECK (rank > 0),
    PRIMARY KEY (convergence_id, contribution_id),
    UNIQUE (contribution_id)
);
