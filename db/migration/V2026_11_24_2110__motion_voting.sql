-- Voting sessions: a motion may be voted more than once (a session without quorum, then a reconvened one),
-- so ballots belong to a session, never to the motion.
CREATE TABLE voting_session (
    id                    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    motion_id             BIGINT       NOT NULL REFERENCES motion (id),
    council_id            BIGINT       NOT NULL REFERENCES council (id),
    sitting_id            BIGINT       REFERENCES sitting (id),
    ballot_kind           VARCHAR(16)  NOT NULL CHECK (ballot_kind IN ('ROLL_CALL', 'SECRET')),
    method                VARCHAR(16)  NOT NULL CHECK (method IN ('FOR_AGAINST', 'APPROVAL', 'RANKED')),
    majority              VARCHAR(16)  NOT NULL CHECK (majority IN ('SIMPLE', 'ABSOLUTE', 'TWO_THIRDS')),
    double_majority       BOOLEAN      NOT NULL,
    tie_rule              VARCHAR(16)  NOT NULL CHECK (tie_rule IN ('REJECTED', 'CASTING_VOTE')),
    quorum_numerator      INTEGER,
    quorum_denominator    INTEGER,
    reconvenes_session_id BIGINT       REFERENCES voting_session (id),
    opens_at              TIMESTAMPTZ,
    closes_at             TIMESTAMPTZ,
    status                VARCHAR(16)  NOT NULL CHECK (status IN ('PLANNED', 'OPEN', 'CLOSED')),
    opened_at             TIMESTAMPTZ,
    closed_at             TIMESTAMPTZ,
    created_by            BIGINT       NOT NULL REFERENCES account (id),
    created_at            TIMESTAMPTZ  NOT NULL,
    outcome               VARCHAR(16)  CHECK (outcome IN ('ADOPTED', 'REJECTED', 'NO_QUORUM')),
    winning_option_id     BIGINT       REFERENCES motion_option (id),
    result_json           TEXT,
    ballots_hash          CHAR(64),
    head_seq              BIGINT,
    head_hash             CHAR(64),
    version               BIGINT       NOT NULL DEFAULT 0,
    CHECK ((quorum_numerator IS NULL) = (quorum_denominator IS NULL)),
    CHECK (quorum_numerator IS NOT NULL OR reconvenes_session_id IS NOT NULL),
    CHECK (tie_rule = 'REJECTED' OR ballot_kind = 'ROLL_CALL'),
    CHECK (opens_at IS NULL OR closes_at IS NULL OR closes_at > opens_at),
    CHECK ((status = 'CLOSED') = (outcome IS NOT NULL AND head_hash IS NOT NULL))
);
CREATE INDEX voting_session_motion ON voting_session (motion_id);
CREATE INDEX voting_session_due ON voting_session (status) WHERE status <> 'CLOSED';

-- The electorate, fixed at opening: each seat with voting right (a titular's mandate) and its college.
CREATE TABLE voting_seat (
    session_id      BIGINT NOT NULL REFERENCES voting_session (id),
    seat_mandate_id BIGINT NOT NULL REFERENCES mandate (id),
    college_id      BIGINT NOT NULL REFERENCES college (id),
    PRIMARY KEY (session_id, seat_mandate_id)
);

-- Roll-call ballots: public, one per seat and session (the primary key), changeable until close.
-- The hash chain keeps every cast and change; this table is the current state.
CREATE TABLE roll_call_ballot (
    session_id       BIGINT        NOT NULL,
    seat_mandate_id  BIGINT        NOT NULL,
    college_id       BIGINT        NOT NULL,
    voter_account_id BIGINT        NOT NULL REFERENCES account (id),
    capacity         VARCHAR(16)   NOT NULL CHECK (capacity IN ('SEAT', 'SUBSTITUTE', 'PROXY')),
    choice           VARCHAR(2000) NOT NULL,
    cast_at          TIMESTAMPTZ   NOT NULL,
    changes          INTEGER       NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, seat_mandate_id),
    FOREIGN KEY (session_id, seat_mandate_id) REFERENCES voting_seat (session_id, seat_mandate_id)
);

-- Secret ballots. The register says who took part, once per seat (the primary key), and nothing else:
-- no time, no sequence. It is kept apart from the ballots.
CREATE TABLE secret_register (
    session_id       BIGINT      NOT NULL,
    seat_mandate_id  BIGINT      NOT NULL,
    voter_account_id BIGINT      NOT NULL REFERENCES account (id),
    capacity         VARCHAR(16) NOT NULL CHECK (capacity IN ('SEAT', 'SUBSTITUTE', 'PROXY')),
    PRIMARY KEY (session_id, seat_mandate_id),
    FOREIGN KEY (session_id, seat_mandate_id) REFERENCES voting_seat (session_id, seat_mandate_id)
);

-- The sealed ballot box while the vote is open: each ballot (receipt, college, choice) encrypted with the
-- session's key, under a random nonce. A row written in the same transaction as its register row shares
-- its transaction id (xmin) and sits near it on disk, hence the encryption: what links them is unreadable.
-- No key, no time, no sequence. Emptied at close, when the key is destroyed.
CREATE TABLE secret_ballot_box (
    session_id BIGINT NOT NULL REFERENCES voting_session (id),
    sealed     BYTEA  NOT NULL
);
CREATE INDEX secret_ballot_box_session ON secret_ballot_box (session_id);

-- The session's ballot-box key, wrapped (encrypted) by the platform's key, which never enters the database.
CREATE TABLE voting_session_key (
    session_id BIGINT PRIMARY KEY REFERENCES voting_session (id),
    wrapped    BYTEA  NOT NULL
);

-- The published secret ballots: written at close in one transaction, in receipt order.
CREATE TABLE secret_ballot (
    session_id BIGINT        NOT NULL REFERENCES voting_session (id),
    receipt    CHAR(19)      NOT NULL,
    college_id BIGINT        NOT NULL REFERENCES college (id),
    choice     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (session_id, receipt)
);

-- The session's hash chain. A cast commits its event unsealed (no seq, no hash); the sealer chains
-- pending events in blocks, many per transaction, so that chaining never puts every ballot behind one
-- disk flush. The close seals what is left and appends the closing event, whose hash is published.
CREATE TABLE voting_event (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id    BIGINT      NOT NULL REFERENCES voting_session (id),
    kind          VARCHAR(16) NOT NULL CHECK (kind IN ('OPENED', 'CAST', 'CHANGED', 'RECUSAL', 'CLOSED')),
    payload       TEXT        NOT NULL,
    actor_account_id BIGINT,
    seq           BIGINT,
    previous_hash CHAR(64),
    hash          CHAR(64),
    UNIQUE (session_id, seq),
    CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (previous_hash IS NULL))
);
CREATE INDEX voting_event_pending ON voting_event (session_id, id) WHERE seq IS NULL;

-- Append-only: an event can be sealed once (seq and hashes set from nothing), never changed or deleted.
CREATE FUNCTION voting_event_is_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL AND NEW.session_id = OLD.session_id
       AND NEW.kind = OLD.kind AND NEW.payload = OLD.payload
       AND NEW.actor_account_id IS NOT DISTINCT FROM OLD.actor_account_id THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'voting_event is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER voting_event_append_only BEFORE UPDATE OR DELETE ON voting_event
    FOR EACH ROW EXECUTE FUNCTION voting_event_is_append_only();
CREATE TRIGGER voting_event_no_truncate BEFORE TRUNCATE ON voting_event
    FOR EACH STATEMENT EXECUTE FUNCTION voting_event_is_append_only();
