-- One set of minutes (procès-verbal) for a whole sitting, validated once by the secretariat after the sitting is closed:
-- from then on it is public and members are told. The validator's name is kept as it was when they signed, as on paper.
-- Additive for the previous release: a new table it never reads.
CREATE TABLE sitting_minutes (
    sitting_id     BIGINT      PRIMARY KEY REFERENCES sitting (id),
    validated_by   BIGINT      NOT NULL REFERENCES account (id),
    validator_name TEXT        NOT NULL,
    validated_at   TIMESTAMPTZ NOT NULL
);
