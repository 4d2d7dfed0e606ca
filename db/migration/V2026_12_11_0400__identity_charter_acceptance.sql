-- When each account accepted the participation charter, and through which door (issue 15): the sign-up form, or a
-- first sign-in through an OpenID Connect provider, which now asks it before any account exists. Accounts created
-- before the charter was asked have no row.
CREATE TABLE charter_acceptance (
    account_id  BIGINT      PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    accepted_at TIMESTAMPTZ NOT NULL,
    channel     VARCHAR(20) NOT NULL CHECK (channel IN ('SIGN_UP', 'OPENID'))
);
