-- The next release's migration, for RollingUpgradeIT only (never shipped): additive, as every migration must be
-- across one release (docs/OPERATIONS.md, "Upgrading"): a new nullable column and a new table, nothing renamed,
-- dropped or made NOT NULL, so that the nodes of the running release keep reading and writing beside it. Its version
-- is far ahead of every real one so that, for the other nodes of a test run, it is a "future" migration that Flyway
-- ignores, as the previous release's nodes ignore the next release's migrations.
ALTER TABLE contribution ADD COLUMN upgrade_probe_note VARCHAR(200);
CREATE TABLE upgrade_probe (
    contribution_id BIGINT      PRIMARY KEY REFERENCES contribution (id),
    noted_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
