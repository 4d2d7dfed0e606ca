-- The pending pool of sealed secret ballots. A cast writes its register row and its sealed ballot in one
-- transaction, so both carry the same transaction id (xmin) and neighbouring places on disk: written into
-- the box directly, a join on xmin or on physical order would name each voter's sealed ballot. The cast
-- therefore drops its ballot here (no voter, no key, no time), and the mixer moves pending ballots into
-- secret_ballot_box in shuffled batches of at least k, sealed again under a fresh nonce, in transactions
-- of its own; at close, whatever is still pending is moved before the count. Durable as soon as the cast
-- commits: a crash only delays the move.
CREATE TABLE secret_ballot_pool (
    session_id BIGINT NOT NULL REFERENCES voting_session (id),
    sealed     BYTEA  NOT NULL
);
CREATE INDEX secret_ballot_pool_session ON secret_ballot_pool (session_id);
