-- The append-only audit log: one hash chain per council (chain_key = council id) and one for the
-- platform (chain_key = 0). Each entry's hash covers its content and the previous entry's hash,
-- so changing any entry breaks every hash after it; the published head hash detects a full rewrite.
CREATE TABLE audit_entry (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    chain_key        BIGINT       NOT NULL,
    seq              BIGINT       NOT NULL CHECK (seq > 0),
    council_id       BIGINT       REFERENCES council (id),
    actor_account_id BIGINT,
    action           VARCHAR(64)  NOT NULL,
    subject_type     VARCHAR(64)  NOT NULL,
    subject_id       VARCHAR(64)  NOT NULL,
    before_json      TEXT         NOT NULL,
    after_json       TEXT         NOT NULL,
    occurred_at      TIMESTAMPTZ  NOT NULL,
    previous_hash    CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL,
    UNIQUE (chain_key, seq),
    CHECK ((council_id IS NULL AND chain_key = 0) OR chain_key = council_id)
);

-- Append-only: the application's own connections can never rewrite history.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
