-- The search outbox: every change to data that the Lucene index holds is recorded here by triggers, in the
-- transaction that makes it, whatever the path (services, imports, plain SQL). The search feature applies the rows
-- to the index after commit and deletes them only once the index has committed, so a crash re-applies, never loses.
-- Rows name the entity, not its state: the consumer reads the current state, so replaying a row is idempotent.
CREATE TABLE search_outbox (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    entity_kind VARCHAR(32) NOT NULL CHECK (entity_kind IN ('CONTRIBUTION')),
    entity_id   BIGINT      NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp()
);

-- A contribution changed: its text, status, moderation, counters (support_count sorts "most supported").
CREATE FUNCTION search_outbox_contribution() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_outbox (entity_kind, entity_id)
    VALUES ('CONTRIBUTION', CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    RETURN NULL;
END $$;
CREATE TRIGGER contribution_search_outbox AFTER INSERT OR DELETE ON contribution
    FOR EACH ROW EXECUTE FUNCTION search_outbox_contribution();
-- comment_count and version alone change nothing that the index holds: skip those updates.
CREATE TRIGGER contribution_search_outbox_update AFTER UPDATE ON contribution
    FOR EACH ROW WHEN ((to_jsonb(OLD) - 'comment_count' - 'version') IS DISTINCT FROM (to_jsonb(NEW) - 'comment_count' - 'version'))
    EXECUTE FUNCTION search_outbox_contribution();

-- A row of a table that belongs to one contribution (themes, official answer, addenda) changed: re-index that contribution.
CREATE FUNCTION search_outbox_contribution_part() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO search_outbox (entity_kind, entity_id) VALUES ('CONTRIBUTION', OLD.contribution_id);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND (TG_OP = 'INSERT' OR NEW.contribution_id IS DISTINCT FROM OLD.contribution_id) THEN
        INSERT INTO search_outbox (entity_kind, entity_id) VALUES ('CONTRIBUTION', NEW.contribution_id);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER contribution_theme_search_outbox AFTER INSERT OR UPDATE OR DELETE ON contribution_theme
    FOR EACH ROW EXECUTE FUNCTION search_outbox_contribution_part();
CREATE TRIGGER contribution_answer_search_outbox AFTER INSERT OR UPDATE OR DELETE ON contribution_answer
    FOR EACH ROW EXECUTE FUNCTION search_outbox_contribution_part();
CREATE TRIGGER contribution_addendum_search_outbox AFTER INSERT OR UPDATE OR DELETE ON contribution_addendum
    FOR EACH ROW EXECUTE FUNCTION search_outbox_contribution_part();
