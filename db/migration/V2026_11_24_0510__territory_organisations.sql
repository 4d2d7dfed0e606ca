-- Organisations (associations, CPTS, health establishments, local authorities...) and who belongs to them.
-- Nobody speaks for an organisation they do not belong to: joining is approved by its administrators,
-- and an organisation counts as such only once the platform has verified it.
CREATE TABLE organisation (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name            VARCHAR(200) NOT NULL CHECK (length(trim(name)) > 0),
    kind            VARCHAR(32)  NOT NULL CHECK (kind IN ('ASSOCIATION', 'CPTS', 'HEALTH_ESTABLISHMENT', 'HEALTH_CENTRE',
                                                          'LOCAL_AUTHORITY', 'STATE_SERVICE', 'OTHER')),
    -- Associations agréées (approved to represent health-system users) carry their approval number.
    approved        BOOLEAN      NOT NULL DEFAULT false,
    approval_number VARCHAR(64),
    territory_id    BIGINT       REFERENCES territory (id),
    verified        BOOLEAN      NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (NOT approved OR (kind = 'ASSOCIATION' AND approval_number IS NOT NULL))
);
CREATE UNIQUE INDEX organisation_name_unique ON organisation (lower(name));

CREATE TABLE organisation_membership (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    account_id      BIGINT      NOT NULL REFERENCES account (id),
    administrator   BOOLEAN     NOT NULL DEFAULT false,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    requested_at    TIMESTAMPTZ NOT NULL,
    decided_at      TIMESTAMPTZ,
    decided_by      BIGINT      REFERENCES account (id),
    UNIQUE (organisation_id, account_id),
    CHECK (NOT administrator OR status = 'APPROVED')
);
CREATE INDEX organisation_membership_account ON organisation_membership (account_id);
