-- Consultations opened by a council, their phases (which may overlap) and their theme taxonomy.
CREATE TABLE consultation (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id  BIGINT        NOT NULL REFERENCES council (id),
    title       VARCHAR(200)  NOT NULL CHECK (length(trim(title)) > 0),
    question    VARCHAR(500)  NOT NULL CHECK (length(trim(question)) > 0),
    description VARCHAR(5000),
    created_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX consultation_council ON consultation (council_id);

CREATE TABLE consultation_phase (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
    kind            VARCHAR(16) NOT NULL CHECK (kind IN ('INFORMATION', 'CONTRIBUTIONS', 'DEBATES', 'SYNTHESIS', 'ARBITRATION', 'FEEDBACK')),
    starts_on       DATE        NOT NULL,
    ends_on         DATE        NOT NULL,
    UNIQUE (consultation_id, kind),
    CHECK (ends_on >= starts_on)
);

CREATE TABLE theme (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT       NOT NULL REFERENCES consultation (id),
    name            VARCHAR(120) NOT NULL CHECK (length(trim(name)) > 0),
    position        INTEGER      NOT NULL,
    UNIQUE (consultation_id, name)
);
