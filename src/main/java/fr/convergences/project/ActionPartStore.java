package fr.convergences.project;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;

/**
 * The persistence home of an action's link tables (partners, communes, what it answers): rows keyed by two or three
 * columns, written and read as sets, where plain statements say it more simply than entities with composite ids.
 */
@Singleton
public class ActionPartStore {

    /** What an action answers, as linked: the title is the one it had then. */
    public record Link(long actionId, LinkKind kind, long targetId, String title) {}

    private final Sql sql;

    public ActionPartStore(Sql sql) {
        this.sql = sql;
    }

    public void addPartners(long actionId, Collection<Long> organisationIds) {
        for (Long organisation : organisationIds) {
            sql.update(
                    "INSERT INTO project_action_partner (action_id, organisation_id) VALUES (?, ?)",
                    actionId,
                    organisation);
        }
    }

    public void addCommunes(long actionId, Collection<String> inseeCodes) {
        for (String code : inseeCodes) {
            sql.update("INSERT INTO project_action_commune (action_id, insee_code) VALUES (?, ?)", actionId, code);
        }
    }

    /** Adds the link unless the action already has it; true when added. */
    public boolean addLink(Link link) {
        return sql.update(
                        "INSERT INTO project_action_link (action_id, kind, target_id, title) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                        link.actionId(),
                        link.kind().name(),
                        link.targetId(),
                        link.title())
                == 1;
    }

    public void addAttachments(long progressId, List<ProgressAttachment> attachments) {
        for (int i = 0; i < attachments.size(); i++) {
            sql.update(
                    "INSERT INTO project_progress_attachment (progress_id, position, label, url) VALUES (?, ?, ?, ?)",
                    progressId,
                    i + 1,
                    attachments.get(i).label(),
                    attachments.get(i).url());
        }
    }

    /** The attachments of every entry of the action's progress log, in their order. */
    public List<ProgressAttachment> attachmentsOf(long actionId) {
        return sql.list(
                """
                SELECT a.progress_id, a.label, a.url FROM project_progress_attachment a
                JOIN project_action_progress p ON p.id = a.progress_id WHERE p.action_id = ? ORDER BY a.progress_id, a.position""", row -> new ProgressAttachment(row.getLong(1), row.getString(2), row.getString(3)), actionId);
    }

    public List<Long> partnersOf(long actionId) {
        return sql.list(
                "SELECT organisation_id FROM project_action_partner WHERE action_id = ? ORDER BY organisation_id",
                row -> row.getLong(1),
                actionId);
    }

    public List<String> communesOf(long actionId) {
        return sql.list(
                "SELECT insee_code FROM project_action_commune WHERE action_id = ? ORDER BY insee_code",
                row -> row.getString(1),
                actionId);
    }

    public List<Link> linksOf(long actionId) {
        return sql.list(
                "SELECT action_id, kind, target_id, title FROM project_action_link WHERE action_id = ? ORDER BY kind, target_id",
                row -> new Link(row.getLong(1), LinkKind.valueOf(row.getString(2)), row.getLong(3), row.getString(4)),
                actionId);
    }
}
