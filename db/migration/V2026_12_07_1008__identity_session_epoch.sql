-- Ending an account's sessions on every node: signed-in sessions live in each node's memory, so a password reset or
-- change on one node cannot reach the others' sessions directly. It writes here instead; every node compares its
-- sessions' sign-in time with this one and signs out the older ones.
CREATE TABLE account_session_epoch (
    account_id bigint PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    not_before timestamptz NOT NULL
);
