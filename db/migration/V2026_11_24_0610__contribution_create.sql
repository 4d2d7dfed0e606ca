-- Contributions to a consultation: a need, a proposal or a testimony, with its themes.
CREATE TABLE contribution (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id   BIGINT        NOT NULL REFERENCES consultation (id),
    author_account_id BIGINT        REFERENCES account (id),
    kind              VARCHAR(16)   NOT NULL CHECK (kind IN ('NEED', 'PROPOSAL', 'TESTIMONY')),
    title             VARCHAR(150)  NOT NULL CHECK (length(trim(title)) > 0),
    body              VARCHAR(3000) NOT NULL CHECK (length(trim(body)) > 0),
    commune_insee     VARCHAR(5),
    status            VARCHAR(16)   NOT NULL CHECK (status IN ('PUBLISHED', 'WITHDRAWN')),
    published_at      TIMESTAMPTZ   NOT NULL,
    version           BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX contribution_consultation ON contribution (consultation_id, published_at DESC);

CREATE TABLE contribution_theme (
    contribution_id BIGINT NOT NULL REFERENCES contribution (id),
    theme_id        BIGINT NOT NULL REFERENCES theme (id),
    PRIMARY KEY (contribution_id, theme_id)
);
