-- What each person (account) or browser (client address) did recently, for the rate limits (RateLimits): one row per
-- action counted, pruned past the longest window. Shared by every node, unlike a counter in one node's memory.
CREATE TABLE rate_limit_hit (
    kind    text        NOT NULL,
    subject text        NOT NULL,
    at      timestamptz NOT NULL
);
CREATE INDEX rate_limit_hit_recent ON rate_limit_hit (kind, subject, at);
