-- The author of a row imported from another platform, as a keyed hash (HMAC-SHA-256 under a key that never enters the
-- database): one author's several rows count as one voice in convergences. The name itself is never stored.
ALTER TABLE contribution_source ADD COLUMN author_key CHAR(64);
