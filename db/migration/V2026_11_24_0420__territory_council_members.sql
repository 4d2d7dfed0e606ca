-- Colleges, mandates, invitations and the bureau of a council.
-- btree_gist lets exclusion constraints combine equality with date-range overlap (a trusted extension).
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE college (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id  BIGINT        NOT NULL REFERENCES council (id),
    name        VARCHAR(160)  NOT NULL CHECK (length(trim(name)) > 0),
    description VARCHAR(1000),
    seats       INTEGER       NOT NULL CHECK (seats BETWEEN 1 AND 500),
    position    INTEGER       NOT NULL,
    UNIQUE (council_id, name)
);

CREATE TABLE mandate (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id         BIGINT       NOT NULL REFERENCES council (id),
    college_id         BIGINT       NOT NULL REFERENCES college (id),
    kind               VARCHAR(16)  NOT NULL CHECK (kind IN ('TITULAR', 'SUBSTITUTE')),
    -- A titular occupies a numbered seat of its college; a substitute backs one titular's mandate.
    seat               INTEGER      CHECK (seat > 0),
    titular_mandate_id BIGINT       REFERENCES mandate (id),
    person_name        VARCHAR(160) NOT NULL CHECK (length(trim(person_name)) > 0),
    email              VARCHAR(254),
    account_id         BIGINT       REFERENCES account (id),
    starts_on          DATE         NOT NULL,
    ends_on            DATE         NOT NULL,
    appointment_order  VARCHAR(160),
    voting_right       BOOLEAN      NOT NULL,
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'ENDED')),
    ended_on           DATE,
    end_reason         VARCHAR(500),
    version            BIGINT       NOT NULL DEFAULT 0,
    CHECK (ends_on > starts_on),
    CHECK ((kind = 'TITULAR') = (seat IS NOT NULL)),
    CHECK ((kind = 'SUBSTITUTE') = (titular_mandate_id IS NOT NULL)),
    CHECK ((status = 'ENDED') = (ended_on IS NOT NULL)),
    CHECK (ended_on IS NULL OR (ended_on >= starts_on AND ended_on <= ends_on)),
    -- One titular per seat at any time, and one substitute per titular at any time.
    EXCLUDE USING gist (college_id WITH =, seat WITH =, daterange(starts_on, coalesce(ended_on, ends_on)) WITH &&)
        WHERE (kind = 'TITULAR'),
    EXCLUDE USING gist (titular_mandate_id WITH =, daterange(starts_on, coalesce(ended_on, ends_on)) WITH &&)
        WHERE (kind = 'SUBSTITUTE')
);
CREATE INDEX mandate_council ON mandate (council_id, college_id);
CREATE INDEX mandate_account ON mandate (account_id) WHERE account_id IS NOT NULL;

CREATE TABLE mandate_invitation (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    mandate_id BIGINT      NOT NULL REFERENCES mandate (id),
    token_hash CHAR(64)    NOT NULL UNIQUE,
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);

CREATE TABLE bureau_seat (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    council_id BIGINT      NOT NULL REFERENCES council (id),
    mandate_id BIGINT      NOT NULL REFERENCES mandate (id),
    position   VARCHAR(16) NOT NULL CHECK (position IN ('PRESIDENT', 'VICE_PRESIDENT', 'MEMBER')),
    UNIQUE (council_id, mandate_id)
);
CREATE UNIQUE INDEX bureau_one_president ON bureau_seat (council_id) WHERE position = 'PRESIDENT';
