-- A dismissal can be undone: the status the convergence had before it is kept beside its former members (which are
-- now kept in rank order), so that "Annuler" gives both back.
ALTER TABLE convergence ADD COLUMN dismissed_from VARCHAR(16) CHECK (dismissed_from IN ('PROPOSED', 'CONFIRMED'));
