-- The synthesis document a council publishes: one draft per consultation (title, the editor's framing, an introduction
-- per theme, kept as JSON by theme key), and numbered published versions. A published version keeps the document's
-- structure (themes, convergences, divergences, other contributions, by contribution id) and the editor's texts as
-- they were, and never changes: corrections make the next number. What it quotes and counts is read at display time
-- through the contributions' public visibility, so a contribution hidden later leaves it (the page says how many).
CREATE TABLE synthesis_draft (
    consultation_id BIGINT        PRIMARY KEY REFERENCES consultation (id),
    title           VARCHAR(200)  NOT NULL CHECK (length(trim(title)) > 0),
    framing         VARCHAR(10000) NOT NULL,
    introductions   JSONB         NOT NULL DEFAULT '{}',
    updated_by      BIGINT        NOT NULL REFERENCES account (id),
    updated_at      TIMESTAMPTZ   NOT NULL
);

CREATE TABLE synthesis_version (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consultation_id BIGINT         NOT NULL REFERENCES consultation (id),
    number          INTEGER        NOT NULL CHECK (number > 0),
    title           VARCHAR(200)   NOT NULL,
    framing         VARCHAR(10000) NOT NULL,
    structure       JSONB          NOT NULL,
    published_by    BIGINT         NOT NULL REFERENCES account (id),
    published_at    TIMESTAMPTZ    NOT NULL,
    UNIQUE (consultation_id, number)
);

-- "Never changes" is the database's rule, not only the application's.
CREATE FUNCTION synthesis_version_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published synthesis version never changes: publish the next version instead';
END;
$$;
CREATE TRIGGER synthesis_version_unchangeable BEFORE UPDATE OR DELETE ON synthesis_version
    FOR EACH ROW EXECUTE FUNCTION synthesis_version_unchangeable();
