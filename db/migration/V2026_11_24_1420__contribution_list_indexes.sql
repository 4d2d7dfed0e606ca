-- The commune filter lists the communes a consultation's contributions name: read from this index alone.
CREATE INDEX contribution_list_communes ON contribution (consultation_id, commune_insee) WHERE status <> 'DRAFT' AND NOT hidden;
-- Participation figures count public contributions by origin.
CREATE INDEX contribution_list_origins ON contribution (consultation_id, origin) WHERE status <> 'DRAFT' AND NOT hidden;
