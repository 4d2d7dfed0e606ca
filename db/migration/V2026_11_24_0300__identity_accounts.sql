-- Accounts, per-council roles, one-time tokens (e-mail confirmation, password reset, invitations)
-- and login attempts (for throttling).
CREATE TABLE account (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Null once the account is deleted: personal data is erased, contributions stay.
    email              VARCHAR(254),
    display_name       VARCHAR(80),
    password_hash      VARCHAR(255),
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('PENDING', 'ACTIVE', 'SUSPENDED', 'DELETED')),
    locale             VARCHAR(8)   NOT NULL DEFAULT 'fr' CHECK (locale IN ('fr', 'en')),
    commune_insee      VARCHAR(5),
    -- Residents may take part under a pseudonym; the real name is seen only by council admins that require it.
    real_name          VARCHAR(160),
    platform_admin     BOOLEAN      NOT NULL DEFAULT false,
    email_confirmed_at TIMESTAMPTZ,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    deleted_at         TIMESTAMPTZ,
    version            BIGINT       NOT NULL DEFAULT 0,
    -- A deleted account keeps no address; an account from an identity provider may have none.
    CHECK (status <> 'DELETED' OR email IS NULL)
);
-- One account per e-mail address, whatever its case.
CREATE UNIQUE INDEX account_email_unique ON account (lower(email)) WHERE email IS NOT NULL;

CREATE TABLE council_role (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES account (id),
    council_id BIGINT      NOT NULL REFERENCES council (id),
    role       VARCHAR(24) NOT NULL CHECK (role IN ('DEBATE_ORGANISER', 'MODERATOR', 'COUNCIL_ADMIN')),
    granted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, council_id, role)
);
CREATE INDEX council_role_council ON council_role (council_id);

CREATE TABLE account_token (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Only a hash is stored: a leaked table gives no usable link.
    token_hash CHAR(64)    NOT NULL UNIQUE,
    account_id BIGINT      NOT NULL REFERENCES account (id),
    purpose    VARCHAR(24) NOT NULL CHECK (purpose IN ('CONFIRM_EMAIL', 'RESET_PASSWORD')),
    expires_at TIMESTAMPTZ NOT NULL,
    used_at    TIMESTAMPTZ
);

CREATE TABLE login_attempt (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    address      VARCHAR(64)  NOT NULL,
    succeeded    BOOLEAN      NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_attempt_email ON login_attempt (lower(email), attempted_at);
CREATE INDEX login_attempt_address ON login_attempt (address, attempted_at);
