-- Two voting rules that a council's règlement intérieur sets, per council (issue 14): how many proxies one member may
-- hold for a sitting, and k, the fewest ballots a college of a secret vote needs for its result to be published apart.
-- A null column, or no row, means the platform's setting (convergences.sitting.proxies-per-holder,
-- convergences.voting.small-group). The bounds are CouncilVotingRules's, restated here so that no path writes past them.
CREATE TABLE council_voting_rules (
    council_id         BIGINT PRIMARY KEY REFERENCES council (id),
    proxies_per_holder INT CHECK (proxies_per_holder BETWEEN 1 AND 3),
    small_group        INT CHECK (small_group BETWEEN 3 AND 20)
);

-- The k a secret vote was opened under, kept with it: a council that lowers k after a close would otherwise publish
-- the vote again cut another way, and the two cuts side by side give the merged colleges' results away.
-- Sessions opened before this table have no row: they are counted under the council's current k.
CREATE TABLE voting_session_small_group (
    session_id BIGINT PRIMARY KEY REFERENCES voting_session (id),
    minimum    INT    NOT NULL CHECK (minimum >= 1)
);
