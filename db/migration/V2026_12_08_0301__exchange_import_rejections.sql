-- The rejected rows of an import, kept with the import rather than in the memory of the page that ran it: the page
-- shows the first ones, and the full report (a hundred thousand rows, say) is streamed from here when downloaded.
-- Arguments of the reason's message are typed ('n:' a number, 's:' a text) so that plurals and numbers format again.
CREATE TABLE contribution_import_rejection (
    import_id  BIGINT        NOT NULL REFERENCES contribution_import (id),
    line       BIGINT        NOT NULL,
    reason_key VARCHAR(120)  NOT NULL,
    arguments  TEXT[]        NOT NULL,
    excerpt    VARCHAR(200)  NOT NULL,
    PRIMARY KEY (import_id, line)
);
