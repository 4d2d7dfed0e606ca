-- Accounts signed in through an OpenID Connect provider (FranceConnect, a council's own provider):
-- the provider's stable subject identifier, never the e-mail address, identifies the person.
CREATE TABLE account_identity (
    issuer     VARCHAR(300) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    account_id BIGINT       NOT NULL REFERENCES account (id),
    linked_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX account_identity_account ON account_identity (account_id);
