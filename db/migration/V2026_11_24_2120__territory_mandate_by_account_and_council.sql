-- "Does this account hold an active mandate in this council?" is asked on every permission check of a member (each
-- ballot cast among them). With only (account_id) and (council_id, college_id) to choose from, the planner, misled by
-- statistics not yet refreshed after a large electorate was loaded, walked every mandate of the council: the casts
-- slowed down as the electorate grew (VotingBenchmark: 529 ballots/s at 100,000 seats against 871/s at 20,000).
-- One index answers both columns; it also serves the lookups by account alone.
CREATE INDEX mandate_account_council ON mandate (account_id, council_id) WHERE account_id IS NOT NULL;
DROP INDEX mandate_account;
