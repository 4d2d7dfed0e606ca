-- A moderator's decision that two nearly identical contributions are one voice (a leaflet copied twice, a row
-- imported twice): both contributions stay, linked, and every count of voices counts them once. One row per
-- duplicate; deleting the row undoes the merge.
CREATE TABLE convergence_duplicate (
    duplicate_id BIGINT      PRIMARY KEY REFERENCES contribution (id),
    kept_id      BIGINT      NOT NULL REFERENCES contribution (id),
    merged_by    BIGINT      REFERENCES account (id),
    merged_at    TIMESTAMPTZ NOT NULL,
    CHECK (duplicate_id <> kept_id)
);
CREATE INDEX convergence_duplicate_kept ON convergence_duplicate (kept_id);
