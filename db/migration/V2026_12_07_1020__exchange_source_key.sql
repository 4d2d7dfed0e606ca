-- Re-importing a file must not duplicate its rows. An imported row is known by its origin (the host of its address
-- on the other platform, or '' when the file gives no address: the ids are then taken as the consultation's own
-- reference) and its id there, once per consultation: a unique index, not only a check in Java.
ALTER TABLE contribution_source ADD COLUMN source_origin VARCHAR(255);
ALTER TABLE contribution_source ADD COLUMN consultation_id BIGINT REFERENCES consultation (id);

UPDATE contribution_source SET source_origin = coalesce(lower(substring(external_url from '^[A-Za-z]+://([^/:?#]+)')), '')
WHERE external_id IS NOT NULL;

-- Duplicates left by earlier re-imports keep no key: the first import of each row holds it.
UPDATE contribution_source s SET consultation_id = i.consultation_id
FROM contribution_import i
WHERE i.id = s.import_id AND s.external_id IS NOT NULL
  AND s.contribution_id = (SELECT min(o.contribution_id)
                           FROM contribution_source o JOIN contribution_import oi ON oi.id = o.import_id
                           WHERE oi.consultation_id = i.consultation_id AND o.source_origin = s.source_origin
                             AND o.external_id = s.external_id);

CREATE UNIQUE INDEX contribution_source_key ON contribution_source (consultation_id, source_origin, external_id)
    WHERE consultation_id IS NOT NULL;
