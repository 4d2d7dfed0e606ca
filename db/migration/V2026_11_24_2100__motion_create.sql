-- Motions: what the council decides (an avis to the regional health agency, a délibération, an arbitration
-- between options), the contributions and convergences it answers, its attachments and the agency's follow-up.
CREATE TABLE motion (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id        BIGINT        NOT NULL REFERENCES council (id),
    consultation_id   BIGINT        REFERENCES consultation (id),
    kind              VARCHAR(16)   NOT NULL CHECK (kind IN ('AVIS', 'DELIBERATION', 'ARBITRATION')),
    title             VARCHAR(200)  NOT NULL CHECK (length(trim(title)) > 0),
    body              TEXT          NOT NULL CHECK (length(body) <= 20000),
    reasons           TEXT          NOT NULL CHECK (length(reasons) <= 20000),
    status            VARCHAR(16)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'ADOPTED', 'REJECTED')),
    winning_option_id BIGINT,
    created_by        BIGINT        NOT NULL REFERENCES account (id),
    created_at        TIMESTAMPTZ   NOT NULL,
    decided_at        TIMESTAMPTZ,
    -- Follow-up of an avis: when it was sent to the agency, and the agency's reply.
    ars_sent_on       DATE,
    ars_reply         TEXT          CHECK (length(ars_reply) <= 5000),
    ars_reply_on      DATE,
    version           BIGINT        NOT NULL DEFAULT 0,
    CHECK (kind = 'AVIS' OR (ars_sent_on IS NULL AND ars_reply IS NULL)),
    CHECK (ars_reply IS NULL OR ars_sent_on IS NOT NULL)
);
CREATE INDEX motion_council ON motion (council_id, status);

CREATE TABLE motion_option (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    motion_id BIGINT       NOT NULL REFERENCES motion (id),
    position  INTEGER      NOT NULL,
    label     VARCHAR(200) NOT NULL CHECK (length(trim(label)) > 0),
    UNIQUE (motion_id, position)
);
ALTER TABLE motion ADD FOREIGN KEY (winning_option_id) REFERENCES motion_option (id);

CREATE TABLE motion_attachment (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    motion_id BIGINT       NOT NULL REFERENCES motion (id),
    position  INTEGER      NOT NULL,
    label     VARCHAR(200) NOT NULL,
    url       VARCHAR(500) NOT NULL CHECK (url ~ '^https?://'),
    UNIQUE (motion_id, position)
);

CREATE TABLE motion_contribution (
    motion_id       BIGINT NOT NULL REFERENCES motion (id),
    contribution_id BIGINT NOT NULL REFERENCES contribution (id),
    PRIMARY KEY (motion_id, contribution_id)
);
CREATE INDEX motion_contribution_reverse ON motion_contribution (contribution_id);

-- No foreign key to convergence on purpose: the motion keeps the id and the title it linked, so that a later merge or
-- split of the convergence (which may delete it) never changes, nor blocks, what the council voted on.
CREATE TABLE motion_convergence (
    motion_id      BIGINT       NOT NULL REFERENCES motion (id),
    convergence_id BIGINT       NOT NULL,
    title          VARCHAR(300) NOT NULL,
    PRIMARY KEY (motion_id, convergence_id)
);
CREATE INDEX motion_convergence_reverse ON motion_convergence (convergence_id);

-- A declared interest: the member is recused on the motion (cannot vote on it); shown in the minutes.
CREATE TABLE motion_interest (
    motion_id       BIGINT        NOT NULL REFERENCES motion (id),
    account_id      BIGINT        NOT NULL REFERENCES account (id),
    seat_mandate_id BIGINT        REFERENCES mandate (id),
    person_name     VARCHAR(160)  NOT NULL,
    statement       VARCHAR(1000) NOT NULL,
    declared_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (motion_id, account_id)
);

-- Sittings (séances): convened with an agenda; absences, proxies and attendance per seat.
CREATE TABLE sitting (
    id                  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id          BIGINT       NOT NULL REFERENCES council (id),
    title               VARCHAR(200) NOT NULL CHECK (length(trim(title)) > 0),
    mode                VARCHAR(16)  NOT NULL CHECK (mode IN ('IN_PERSON', 'ONLINE', 'HYBRID')),
    place               VARCHAR(300),
    online_url          VARCHAR(500) CHECK (online_url ~ '^https?://'),
    starts_at           TIMESTAMPTZ  NOT NULL,
    notice_days         INTEGER      NOT NULL CHECK (notice_days BETWEEN 0 AND 60),
    status              VARCHAR(16)  NOT NULL CHECK (status IN ('CONVENED', 'CLOSED')),
    convened_by         BIGINT       NOT NULL REFERENCES account (id),
    convened_at         TIMESTAMPTZ  NOT NULL,
    convocation_sent_at TIMESTAMPTZ,
    version             BIGINT       NOT NULL DEFAULT 0,
    CHECK (mode = 'ONLINE' OR place IS NOT NULL),
    CHECK (mode = 'IN_PERSON' OR online_url IS NOT NULL)
);
CREATE INDEX sitting_council ON sitting (council_id, starts_at);
CREATE INDEX sitting_convocation_due ON sitting (starts_at) WHERE convocation_sent_at IS NULL;

CREATE TABLE sitting_agenda (
    sitting_id BIGINT  NOT NULL REFERENCES sitting (id),
    motion_id  BIGINT  NOT NULL REFERENCES motion (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (sitting_id, motion_id)
);

-- Keyed by the declaring person's own mandate (a titular's or a substitute's).
CREATE TABLE sitting_absence (
    sitting_id  BIGINT      NOT NULL REFERENCES sitting (id),
    mandate_id  BIGINT      NOT NULL REFERENCES mandate (id),
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    declared_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sitting_id, mandate_id)
);

-- One proxy given per seat and one held per member and sitting: both are constraints, not only checks.
CREATE TABLE sitting_proxy (
    sitting_id        BIGINT      NOT NULL REFERENCES sitting (id),
    giver_mandate_id  BIGINT      NOT NULL REFERENCES mandate (id),
    giver_account_id  BIGINT      NOT NULL REFERENCES account (id),
    holder_mandate_id BIGINT      NOT NULL REFERENCES mandate (id),
    holder_account_id BIGINT      NOT NULL REFERENCES account (id),
    recorded_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sitting_id, giver_mandate_id),
    UNIQUE (sitting_id, holder_account_id),
    CHECK (giver_account_id <> holder_account_id)
);

CREATE TABLE sitting_attendance (
    sitting_id  BIGINT      NOT NULL REFERENCES sitting (id),
    mandate_id  BIGINT      NOT NULL REFERENCES mandate (id),
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    how         VARCHAR(16) NOT NULL CHECK (how IN ('ON_SITE', 'ONLINE')),
    recorded_by BIGINT      NOT NULL REFERENCES account (id),
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (sitting_id, mandate_id)
);
