-- The search outbox becomes a change log that every application node reads for itself. Rows are no longer deleted by
-- the node that applied them (a second node would then miss them): each node keeps its own position, the *horizon*,
-- in its index's commit data, and rows are pruned once every live node has passed them.
--
-- Row ids are not commit order (a transaction that started earlier can commit later with a smaller id), so a position
-- cannot be an id. It is a transaction id: each row records the id of the transaction that wrote it, and a node reads
-- every visible row from its horizon on, then moves its horizon to the oldest transaction still running at that
-- snapshot (pg_snapshot_xmin). Every transaction below that point has ended, so no row below it can appear later.
ALTER TABLE search_outbox ADD COLUMN txid xid8 NOT NULL DEFAULT pg_current_xact_id();
CREATE INDEX search_outbox_by_txid ON search_outbox (txid);

-- The nodes that read the log and how far each has applied it: rows below the lowest horizon of the live nodes are
-- pruned. A node that was away longer than the retention is forgotten; if it comes back, its horizon lies below what
-- was pruned (search_outbox_pruned) and it rebuilds its index from PostgreSQL instead of missing changes.
CREATE TABLE search_node (
    node_id  UUID        PRIMARY KEY,
    horizon  xid8        NOT NULL,
    seen_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE search_outbox_pruned (
    singleton BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (singleton),
    below     xid8    NOT NULL
);
INSERT INTO search_outbox_pruned (below) VALUES ('0');
