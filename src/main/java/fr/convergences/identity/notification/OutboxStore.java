package fr.convergences.identity.notification;

import fr.convergences.base.database.Sql;
import fr.convergences.base.mail.MailAttachment;
import fr.convergences.base.mail.OutgoingMail;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The outbox's persistence: jobs and recipients, claimed with {@code FOR UPDATE SKIP LOCKED} so that nodes share the work. */
@Singleton
class OutboxStore {

    record Job(
            long id,
            String eventKey,
            String audience,
            long subjectId,
            NotificationKind kind,
            String titleKey,
            String bodyKey,
            List<NoticeArgument> arguments,
            @Nullable String link,
            @Nullable MailAttachment attachment) {}

    record Pending(long jobId, long accountId) {}

    private final Sql sql;

    OutboxStore(Sql sql) {
        this.sql = sql;
    }

    /** Records the job unless the same event was recorded before; returns its id, or empty when it already was. */
    Optional<Long> insertJob(OutgoingNotification notification, Instant now) {
        return sql.jdbc().prepareStatement("""
                INSERT INTO notification_job (event_key, audience, subject_id, kind, title_key, body_key, arguments, link, created_at,
                                              typed_arguments, attachment_name, attachment_type, attachment_content)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_key) DO NOTHING RETURNING id""", statement -> {
            List<NoticeArgument> arguments = notification.noticeArguments();
            // French, as before typed arguments: what a node of the previous release delivers during a rolling upgrade.
            Object[] french = arguments.stream()
                    .map(argument -> String.valueOf(argument.in(Locale.FRENCH)))
                    .toArray();
            statement.setString(1, notification.eventKey());
            statement.setString(2, notification.audience());
            statement.setLong(3, notification.subjectId());
            statement.setString(4, notification.kind().name());
            statement.setString(5, notification.titleKey());
            statement.setString(6, notification.bodyKey());
            statement.setArray(7, statement.getConnection().createArrayOf("text", french));
            statement.setString(8, notification.link());
            statement.setTimestamp(9, java.sql.Timestamp.from(now));
            statement.setArray(
                    10,
                    statement
                            .getConnection()
                            .createArrayOf(
                                    "text", NoticeArgument.encode(arguments).toArray()));
            MailAttachment attachment = notification.attachment();
            statement.setString(11, attachment == null ? null : attachment.fileName());
            statement.setString(12, attachment == null ? null : attachment.contentType());
            statement.setBytes(13, attachment == null ? null : attachment.content());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        });
    }

    Set<String> recordedKeys(Collection<String> eventKeys) {
        if (eventKeys.isEmpty()) {
            return Set.of();
        }
        return sql.jdbc()
                .prepareStatement("SELECT event_key FROM notification_job WHERE event_key = ANY (?)", statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("text", eventKeys.toArray()));
                    Set<String> keys = new java.util.HashSet<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            keys.add(rows.getString(1));
                        }
                    }
                    return keys;
                });
    }

    /**
     * The oldest job not yet expanded, of an audience this node knows, that no other node holds; locked until the caller's
     * transaction ends. A job of an audience unknown here (recorded by a newer node) waits without holding back the others.
     */
    Optional<Job> claimJobToExpand(Collection<String> audiences) {
        return sql.jdbc().prepareStatement("""
                SELECT * FROM notification_job WHERE expanded_at IS NULL AND audience = ANY (?)
                ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("text", audiences.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(job(rows)) : Optional.<Job>empty();
            }
        });
    }

    List<Job> jobs(Collection<Long> ids) {
        return sql.jdbc().prepareStatement("SELECT * FROM notification_job WHERE id = ANY (?)", statement -> {
            statement.setArray(1, bigints(statement.getConnection(), ids));
            List<Job> jobs = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    jobs.add(job(rows));
                }
            }
            return jobs;
        });
    }

    /** Writes the recipients (a repeated expansion adds nobody twice) and marks the job expanded. */
    int expand(long jobId, Collection<Long> accountIds, Instant now) {
        int added = sql.jdbc().prepareStatement("""
                INSERT INTO notification_outbox (job_id, account_id)
                SELECT ?, account_id FROM unnest(?::bigint[]) AS recipient (account_id)
                ON CONFLICT DO NOTHING""", statement -> {
            statement.setLong(1, jobId);
            statement.setArray(2, bigints(statement.getConnection(), accountIds));
            return statement.executeUpdate();
        });
        sql.update(
                "UPDATE notification_job SET expanded_at = ?, recipients = (SELECT count(*) FROM notification_outbox WHERE job_id = ?) WHERE id = ?",
                now,
                jobId,
                jobId);
        return added;
    }

    /** Up to {@code limit} undelivered recipients that no other node holds, locked until the caller's transaction ends. */
    List<Pending> claimPending(int limit) {
        return sql.list("""
                SELECT job_id, account_id FROM notification_outbox WHERE delivered_at IS NULL
                ORDER BY job_id, account_id LIMIT ? FOR UPDATE SKIP LOCKED""", row -> new Pending(row.getLong(1), row.getLong(2)), limit);
    }

    void markDelivered(long jobId, Collection<Long> accountIds, Instant now) {
        sql.jdbc()
                .prepareStatement(
                        "UPDATE notification_outbox SET delivered_at = ? WHERE job_id = ? AND account_id = ANY (?)",
                        statement -> {
                            statement.setTimestamp(1, java.sql.Timestamp.from(now));
                            statement.setLong(2, jobId);
                            statement.setArray(3, bigints(statement.getConnection(), accountIds));
                            return statement.executeUpdate();
                        });
    }

    /** Replaces a passage in the arguments of the jobs about a page that still have someone to tell. */
    int redact(String link, String passage, String marker) {
        return sql.update("""
                UPDATE notification_job SET
                  arguments = ARRAY(SELECT replace(a, ?, ?) FROM unnest(arguments) WITH ORDINALITY AS u (a, n) ORDER BY n),
                  typed_arguments = CASE WHEN typed_arguments IS NULL THEN NULL
                    ELSE ARRAY(SELECT replace(a, ?, ?) FROM unnest(typed_arguments) WITH ORDINALITY AS u (a, n) ORDER BY n) END
                WHERE link = ? AND (strpos(array_to_string(arguments, chr(31)), ?) > 0
                                    OR strpos(array_to_string(coalesce(typed_arguments, '{}'), chr(31)), ?) > 0)""", passage, marker, passage, marker, link, passage, passage);
    }

    /** Records a mail to an address without an account; at most one attachment (the caller checks). */
    void insertMail(OutgoingMail mail, Instant now) {
        MailAttachment attachment =
                mail.attachments().isEmpty() ? null : mail.attachments().getFirst();
        sql.jdbc().prepareStatement("""
                INSERT INTO notification_outbox_mail (recipient, subject, body, attachment_name, attachment_type, attachment_content, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", statement -> {
            statement.setString(1, mail.to());
            statement.setString(2, mail.subject());
            statement.setString(3, mail.text());
            statement.setString(4, attachment == null ? null : attachment.fileName());
            statement.setString(5, attachment == null ? null : attachment.contentType());
            statement.setBytes(6, attachment == null ? null : attachment.content());
            statement.setTimestamp(7, java.sql.Timestamp.from(now));
            return statement.executeUpdate();
        });
    }

    /**
     * Takes up to {@code limit} recorded mails that no other node holds, oldest first, and deletes them in the caller's
     * transaction: once it commits they are the caller's to send, and no address stays behind.
     */
    List<OutgoingMail> takeMails(int limit) {
        return sql.list(
                """
                DELETE FROM notification_outbox_mail WHERE id IN (
                    SELECT id FROM notification_outbox_mail ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING recipient, subject, body, attachment_name, attachment_type, attachment_content""",
                row -> {
                    String attachmentName = row.getString(4);
                    return new OutgoingMail(
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            attachmentName == null
                                    ? List.of()
                                    : List.of(new MailAttachment(attachmentName, row.getString(5), row.getBytes(6))));
                },
                limit);
    }

    void forget(long accountId) {
        sql.update("DELETE FROM notification_outbox WHERE account_id = ?", accountId);
    }

    private static Array bigints(java.sql.Connection connection, Collection<Long> ids) throws SQLException {
        return connection.createArrayOf("bigint", ids.toArray());
    }

    private static Job job(ResultSet row) throws SQLException {
        Array typed = row.getArray("typed_arguments");
        List<NoticeArgument> arguments = typed != null
                ? NoticeArgument.decode(Arrays.asList((String[]) typed.getArray()))
                : Arrays.stream((String[]) row.getArray("arguments").getArray())
                        .<NoticeArgument>map(NoticeArgument.Text::new)
                        .toList();
        String attachmentName = row.getString("attachment_name");
        MailAttachment attachment = attachmentName == null
                ? null
                : new MailAttachment(
                        attachmentName, row.getString("attachment_type"), row.getBytes("attachment_content"));
        return new Job(
                row.getLong("id"),
                row.getString("event_key"),
                row.getString("audience"),
                row.getLong("subject_id"),
                NotificationKind.valueOf(row.getString("kind")),
                row.getString("title_key"),
                row.getString("body_key"),
                arguments,
                row.getString("link"),
                attachment);
    }
}
