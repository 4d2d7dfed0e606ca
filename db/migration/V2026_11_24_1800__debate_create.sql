-- Debates: public meetings organised by associations, volunteers or the council around a consultation, with
-- registrations (and a waiting list), attendance, minutes, and the contributions captured on the spot.
CREATE TABLE debate (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id       BIGINT        NOT NULL REFERENCES consultation (id),
    -- The consultation's council, kept here because every permission and the council's calendar feed are decided on it.
    council_id            BIGINT        NOT NULL REFERENCES council (id),
    organiser_account_id  BIGINT        NOT NULL REFERENCES account (id),
    organisation_id       BIGINT        REFERENCES organisation (id),
    title                 VARCHAR(150)  NOT NULL CHECK (length(trim(title)) > 0),
    description           VARCHAR(5000) NOT NULL CHECK (length(trim(description)) > 0),
    starts_at             TIMESTAMPTZ   NOT NULL,
    ends_at               TIMESTAMPTZ   NOT NULL,
    place                 VARCHAR(200),
    commune_insee         VARCHAR(5),
    step_free             BOOLEAN       NOT NULL DEFAULT false,
    hearing_loop          BOOLEAN       NOT NULL DEFAULT false,
    accessibility_notes   VARCHAR(500),
    online_url            VARCHAR(500),
    capacity              INTEGER       NOT NULL CHECK (capacity > 0),
    audience              VARCHAR(16)   NOT NULL CHECK (audience IN ('OPEN', 'RESIDENTS', 'PROFESSIONALS', 'USERS', 'YOUNG_PEOPLE', 'OLDER_PEOPLE')),
    audience_details      VARCHAR(300),
    status                VARCHAR(16)   NOT NULL CHECK (status IN ('PENDING', 'PUBLISHED', 'CANCELLED')),
    created_at            TIMESTAMPTZ   NOT NULL,
    approved_at           TIMESTAMPTZ,
    approved_by           BIGINT        REFERENCES account (id),
    cancelled_at          TIMESTAMPTZ,
    cancel_reason         VARCHAR(500),
    minutes               VARCHAR(20000),
    minutes_at            TIMESTAMPTZ,
    -- Set once the registrants' personal data (names, e-mails, phones) has been erased, some time after the debate.
    registrants_erased_at TIMESTAMPTZ,
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT debate_ends_after_start CHECK (ends_at > starts_at),
    CONSTRAINT debate_has_a_place_or_link CHECK (place IS NOT NULL OR online_url IS NOT NULL),
    CONSTRAINT debate_cancelled_has_reason CHECK (status <> 'CANCELLED' OR (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL))
);
CREATE INDEX debate_calendar ON debate (council_id, starts_at) WHERE status = 'PUBLISHED';
CREATE INDEX debate_of_consultation ON debate (consultation_id, starts_at);
CREATE INDEX debate_pending ON debate (council_id) WHERE status = 'PENDING';

-- Themes of the consultation that the debate is about (to filter the calendar by theme).
CREATE TABLE debate_theme (
    debate_id BIGINT NOT NULL REFERENCES debate (id) ON DELETE CASCADE,
    theme_id  BIGINT NOT NULL REFERENCES theme (id),
    PRIMARY KEY (debate_id, theme_id)
);

CREATE TABLE debate_agenda_item (
    debate_id BIGINT       NOT NULL REFERENCES debate (id) ON DELETE CASCADE,
    position  INTEGER      NOT NULL CHECK (position > 0),
    title     VARCHAR(200) NOT NULL CHECK (length(trim(title)) > 0),
    PRIMARY KEY (debate_id, position)
);

-- A place asked for: by a signed-in person, by someone without an account (name and e-mail, confirmed by a link),
-- or by the organiser for someone without e-mail (a name, a phone number, or nothing). Names, e-mails and phones are
-- personal data: seen by the organiser and council admins only, erased some time after the debate.
CREATE TABLE debate_registration (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    debate_id        BIGINT       NOT NULL REFERENCES debate (id) ON DELETE CASCADE,
    account_id       BIGINT       REFERENCES account (id),
    name             VARCHAR(120),
    email            VARCHAR(254),
    phone            VARCHAR(40),
    locale           VARCHAR(8)   NOT NULL DEFAULT 'fr',
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('UNCONFIRMED', 'CONFIRMED', 'WAITING', 'CANCELLED')),
    registered_by    BIGINT       REFERENCES account (id),
    created_at       TIMESTAMPTZ  NOT NULL,
    -- When the place was asked for (or the e-mail confirmed): the waiting list is served in this order.
    queued_at        TIMESTAMPTZ,
    confirmed_at     TIMESTAMPTZ,
    cancelled_at     TIMESTAMPTZ,
    reminder_sent_at TIMESTAMPTZ
);
CREATE INDEX debate_registration_of ON debate_registration (debate_id, status, queued_at, id);
-- One registration per person and debate: the same e-mail, or the same account, cannot hold two.
CREATE UNIQUE INDEX debate_registration_one_per_email ON debate_registration (debate_id, lower(email))
    WHERE status <> 'CANCELLED' AND email IS NOT NULL;
CREATE UNIQUE INDEX debate_registration_one_per_account ON debate_registration (debate_id, account_id)
    WHERE status <> 'CANCELLED' AND account_id IS NOT NULL;
CREATE INDEX debate_registration_account ON debate_registration (account_id) WHERE account_id IS NOT NULL;

-- Links e-mailed to people registered without an account (confirm, cancel): only their SHA-256 is kept.
CREATE TABLE debate_registration_token (
    token_hash      VARCHAR(64) PRIMARY KEY,
    registration_id BIGINT      NOT NULL REFERENCES debate_registration (id) ON DELETE CASCADE,
    purpose         VARCHAR(16) NOT NULL CHECK (purpose IN ('CONFIRM', 'CANCEL')),
    expires_at      TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ
);
CREATE INDEX debate_registration_token_of ON debate_registration_token (registration_id);

-- How many came, optionally by age band and by profile: counts only, no names.
CREATE TABLE debate_attendance (
    debate_id   BIGINT      PRIMARY KEY REFERENCES debate (id) ON DELETE CASCADE,
    total       INTEGER     NOT NULL CHECK (total >= 0),
    recorded_at TIMESTAMPTZ NOT NULL,
    recorded_by BIGINT      REFERENCES account (id)
);
CREATE TABLE debate_attendance_count (
    debate_id BIGINT      NOT NULL REFERENCES debate_attendance (debate_id) ON DELETE CASCADE,
    category  VARCHAR(16) NOT NULL CHECK (category IN ('AGE_BAND', 'PROFILE')),
    value     VARCHAR(32) NOT NULL,
    count     INTEGER     NOT NULL CHECK (count >= 0),
    PRIMARY KEY (debate_id, category, value)
);

-- Contributions captured at a debate (said on the spot, or written on a paper form handed in there).
CREATE TABLE debate_contribution (
    contribution_id BIGINT PRIMARY KEY REFERENCES contribution (id),
    debate_id       BIGINT NOT NULL REFERENCES debate (id)
);
CREATE INDEX debate_contribution_of ON debate_contribution (debate_id);

-- Paper contribution forms are printed in numbered batches; each number (with a check digit) is issued once per
-- consultation, and a form can be transcribed only once: the primary key of paper_form_transcription says so.
CREATE TABLE paper_form_counter (
    consultation_id BIGINT PRIMARY KEY REFERENCES consultation (id),
    last_serial     INTEGER NOT NULL CHECK (last_serial >= 0)
);
CREATE TABLE paper_form_batch (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
    first_serial    INTEGER     NOT NULL CHECK (first_serial > 0),
    form_count      INTEGER     NOT NULL CHECK (form_count > 0),
    issued_at       TIMESTAMPTZ NOT NULL,
    issued_by       BIGINT      REFERENCES account (id)
);
CREATE INDEX paper_form_batch_of ON paper_form_batch (consultation_id, first_serial);
CREATE TABLE paper_form_transcription (
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
    serial          INTEGER     NOT NULL CHECK (serial > 0),
    contribution_id BIGINT      NOT NULL UNIQUE REFERENCES contribution (id),
    transcribed_at  TIMESTAMPTZ NOT NULL,
    transcribed_by  BIGINT      REFERENCES account (id),
    PRIMARY KEY (consultation_id, serial)
);
