-- Themes, the level above convergences: every public contribution of a consultation sits in exactly one theme, or in
-- none ("Autres propositions": both references null). With council themes, theme_id names one; without, the engine
-- proposes themes of its own (theme_proposal). Who placed it decides what a new run may change: the engine re-places
-- its own placements and the contributors' (their choice may be withdrawn), never a moderator's move.
CREATE TABLE theme_proposal (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT       NOT NULL REFERENCES consultation (id),
    label           VARCHAR(160) NOT NULL CHECK (length(trim(label)) > 0),
    position        INTEGER      NOT NULL,
    computed_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX theme_proposal_of_consultation ON theme_proposal (consultation_id, position);

CREATE TABLE theme_placement (
    contribution_id BIGINT      PRIMARY KEY REFERENCES contribution (id),
    consultation_id BIGINT      NOT NULL REFERENCES consultation (id),
    -- A council theme removed takes its placements with it: the next run places those contributions again.
    theme_id        BIGINT      REFERENCES theme (id) ON DELETE CASCADE,
    proposal_id     BIGINT      REFERENCES theme_proposal (id) ON DELETE CASCADE,
    placed_by       VARCHAR(16) NOT NULL CHECK (placed_by IN ('CONTRIBUTOR', 'ENGINE', 'MODERATOR')),
    placed_at       TIMESTAMPTZ NOT NULL,
    moved_by        BIGINT      REFERENCES account (id),
    CHECK (theme_id IS NULL OR proposal_id IS NULL),
    CHECK ((placed_by = 'MODERATOR') = (moved_by IS NOT NULL))
);
CREATE INDEX theme_placement_of_consultation ON theme_placement (consultation_id, placed_by);
