-- A contribution that arrives after clustering (online, collected offline, typed in from paper, imported) is offered
-- to the confirmed convergence it matches best, for a moderator to accept or refuse. One row per contribution once
-- examined: NONE when no confirmed convergence matched, so that it is not examined again.
CREATE TABLE convergence_suggestion (
    contribution_id BIGINT      PRIMARY KEY REFERENCES contribution (id),
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
    -- Null once the convergence is gone (dismissed and recomputed, merged away), or when none matched.
    convergence_id  BIGINT      REFERENCES convergence (id) ON DELETE SET NULL,
    status          VARCHAR(16) NOT NULL CHECK (status IN ('NONE', 'PENDING', 'ACCEPTED', 'REFUSED')),
    examined_at     TIMESTAMPTZ NOT NULL,
    decided_by      BIGINT      REFERENCES account (id),
    decided_at      TIMESTAMPTZ,
    CHECK (status <> 'PENDING' OR convergence_id IS NOT NULL),
    CHECK ((status IN ('ACCEPTED', 'REFUSED')) = (decided_at IS NOT NULL))
);
CREATE INDEX convergence_suggestion_pending ON convergence_suggestion (consultation_id) WHERE status = 'PENDING';
