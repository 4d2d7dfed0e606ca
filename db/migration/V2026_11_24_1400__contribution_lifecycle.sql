-- The author's lifecycle of a contribution (draft, published, withdrawn; edits kept as a visible history; dated
-- addenda once the edit window has closed), where a contribution comes from (online, collected by a volunteer,
-- captured at a debate, transcribed from paper, imported), and counters kept by the database for sorting.
ALTER TABLE contribution DROP CONSTRAINT contribution_status_check;
ALTER TABLE contribution ADD CONSTRAINT contribution_status_check CHECK (status IN ('DRAFT', 'PUBLISHED', 'WITHDRAWN'));
ALTER TABLE contribution ALTER COLUMN published_at DROP NOT NULL;
ALTER TABLE contribution ADD COLUMN created_at TIMESTAMPTZ;
UPDATE contribution SET created_at = published_at;
ALTER TABLE contribution ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE contribution ADD CONSTRAINT contribution_published_has_date CHECK (status = 'DRAFT' OR published_at IS NOT NULL);
ALTER TABLE contribution ADD COLUMN edited_at TIMESTAMPTZ;
ALTER TABLE contribution ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE contribution ADD CONSTRAINT contribution_withdrawn_has_date CHECK (status <> 'WITHDRAWN' OR withdrawn_at IS NOT NULL);
ALTER TABLE contribution ADD COLUMN origin VARCHAR(16) NOT NULL DEFAULT 'ONLINE'
    CHECK (origin IN ('ONLINE', 'MEDIATED', 'DEBATE', 'PAPER', 'IMPORTED'));
-- Written in an organisation's name (the author is one of its members).
ALTER TABLE contribution ADD COLUMN organisation_id BIGINT REFERENCES organisation (id);

-- Kept by triggers, so that every path (service, import, SQL) keeps them right and lists sort without aggregating.
-- Not mapped by the entity: an entity update can never write a stale count back.
ALTER TABLE contribution ADD COLUMN support_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE contribution ADD COLUMN comment_count INTEGER NOT NULL DEFAULT 0;
UPDATE contribution c SET support_count = (SELECT count(*) FROM contribution_support s WHERE s.contribution_id = c.id),
                          comment_count = (SELECT count(*) FROM contribution_comment m WHERE m.contribution_id = c.id);

CREATE FUNCTION contribution_count_supports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE contribution SET support_count = support_count + 1 WHERE id = NEW.contribution_id;
    ELSE
        UPDATE contribution SET support_count = support_count - 1 WHERE id = OLD.contribution_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER contribution_support_count AFTER INSERT OR DELETE ON contribution_support
    FOR EACH ROW EXECUTE FUNCTION contribution_count_supports();

CREATE FUNCTION contribution_count_comments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE contribution SET comment_count = comment_count + 1 WHERE id = NEW.contribution_id;
    ELSE
        UPDATE contribution SET comment_count = comment_count - 1 WHERE id = OLD.contribution_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER contribution_comment_count AFTER INSERT OR DELETE ON contribution_comment
    FOR EACH ROW EXECUTE FUNCTION contribution_count_comments();

-- The public list: published and withdrawn contributions of a consultation, by date, supports or comments.
DROP INDEX contribution_consultation;
CREATE INDEX contribution_list_newest ON contribution (consultation_id, published_at DESC, id DESC) WHERE status <> 'DRAFT' AND NOT hidden;
CREATE INDEX contribution_list_supported ON contribution (consultation_id, support_count DESC, id DESC) WHERE status <> 'DRAFT' AND NOT hidden;
CREATE INDEX contribution_list_discussed ON contribution (consultation_id, comment_count DESC, id DESC) WHERE status <> 'DRAFT' AND NOT hidden;
CREATE INDEX contribution_author ON contribution (author_account_id, consultation_id);
CREATE INDEX contribution_theme_by_theme ON contribution_theme (theme_id, contribution_id);

-- Every published version that an edit replaced, so that the history of a contribution stays visible.
CREATE TABLE contribution_revision (
    contribution_id BIGINT        NOT NULL REFERENCES contribution (id),
    number          INTEGER       NOT NULL CHECK (number > 0),
    title           VARCHAR(150)  NOT NULL,
    body            VARCHAR(3000) NOT NULL,
    replaced_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (contribution_id, number)
);

-- Once the edit window has closed, the author can only add dated addenda.
CREATE TABLE contribution_addendum (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    contribution_id BIGINT        NOT NULL REFERENCES contribution (id),
    body            VARCHAR(1500) NOT NULL CHECK (length(trim(body)) > 0),
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX contribution_addendum_of ON contribution_addendum (contribution_id, created_at);

-- A contribution entered on behalf of someone who is not online: who collected it, where, and the person's consent.
-- The participant's name and age band are personal data: shown to council admins only, never exported.
CREATE TABLE contribution_mediation (
    contribution_id      BIGINT       PRIMARY KEY REFERENCES contribution (id),
    collected_by         BIGINT       REFERENCES account (id),
    organisation_id      BIGINT       REFERENCES organisation (id),
    place                VARCHAR(200) NOT NULL CHECK (length(trim(place)) > 0),
    consent_recorded_at  TIMESTAMPTZ  NOT NULL,
    participant_name     VARCHAR(120),
    participant_age_band VARCHAR(16)  CHECK (participant_age_band IN ('UNDER_18', 'FROM_18_TO_29', 'FROM_30_TO_44',
                                                                       'FROM_45_TO_59', 'FROM_60_TO_74', 'FROM_75'))
);
