-- The council's official answer to a contribution: a status and a text, public. "Not retained" needs its reason.
CREATE TABLE contribution_answer (
    contribution_id    BIGINT        PRIMARY KEY REFERENCES contribution (id),
    status             VARCHAR(24)   NOT NULL CHECK (status IN ('RECEIVED', 'UNDER_STUDY', 'RETAINED', 'PARTLY_RETAINED',
                                                                'NOT_RETAINED', 'MERGED', 'TURNED_INTO_MOTION')),
    text               VARCHAR(3000) NOT NULL CHECK (length(trim(text)) > 0),
    answered_by        BIGINT        NOT NULL REFERENCES account (id),
    answered_at        TIMESTAMPTZ   NOT NULL
);
