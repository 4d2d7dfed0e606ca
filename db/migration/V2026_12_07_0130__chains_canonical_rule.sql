-- Every link of a hash chain names the canonical JSON rule its payload was written with (base.integrity.CanonicalJson):
-- the audit journal and the voting chains had a rule each (1 and 2); new links use the merged rule, 3.
-- Adding a column with a constant default rewrites no row, so the journal's append-only trigger is not involved.
ALTER TABLE audit_entry ADD COLUMN canonical_rule SMALLINT NOT NULL DEFAULT 1;
ALTER TABLE audit_entry ALTER COLUMN canonical_rule DROP DEFAULT;
ALTER TABLE voting_event ADD COLUMN canonical_rule SMALLINT NOT NULL DEFAULT 2;
ALTER TABLE voting_event ALTER COLUMN canonical_rule DROP DEFAULT;
