package fr.convergences.identity.notification;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NotificationRepository extends CrudRepository<Notification, Long> {

    @Query("SELECT * FROM notification WHERE account_id = :accountId ORDER BY created_at DESC, id DESC LIMIT :limit")
    List<Notification> inbox(long accountId, int limit);

    long countByAccountIdAndReadAtIsNull(Long accountId);

    @Query("UPDATE notification SET read_at = :now WHERE account_id = :accountId AND read_at IS NULL")
    void markAllRead(long accountId, Instant now);

    @Query("SELECT DISTINCT account_id FROM notification WHERE digest_pending AND created_at <= :createdBefore")
    List<Long> accountsWithPendingDigest(Instant createdBefore);

    /** Locks the pending items so that two digest runs at once never mail them twice. */
    @Query(
            "SELECT * FROM notification WHERE account_id = :accountId AND digest_pending AND created_at <= :createdBefore "
                    + "ORDER BY created_at, id FOR UPDATE SKIP LOCKED")
    List<Notification> lockPendingDigest(long accountId, Instant createdBefore);

    @Query("UPDATE notification SET digest_pending = false, emailed_at = :now WHERE id IN (:ids)")
    void markDigestSent(List<Long> ids, Instant now);

    void deleteByAccountId(Long accountId);

    List<Notification> findByAccountIdOrderByCreatedAt(Long accountId);
}
