package fr.convergences.debate;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface RegistrationRepository extends CrudRepository<Registration, Long> {

    long countByDebateIdAndStatus(Long debateId, RegistrationStatus status);

    List<Registration> findByDebateIdOrderByCreatedAt(Long debateId);

    /** The waiting list in the order it is served: longest-waiting first. */
    @Query(
            "SELECT * FROM debate_registration WHERE debate_id = :debateId AND status = 'WAITING' ORDER BY queued_at, id")
    List<Registration> waitingList(Long debateId);

    @Query(
            "SELECT * FROM debate_registration WHERE debate_id = :debateId AND account_id = :accountId AND status <> 'CANCELLED'")
    Optional<Registration> findActiveOfAccount(Long debateId, Long accountId);

    @Query(
            "SELECT * FROM debate_registration WHERE debate_id = :debateId AND lower(email) = lower(:email) AND status <> 'CANCELLED'")
    Optional<Registration> findActiveOfEmail(Long debateId, String email);

    @Query("SELECT * FROM debate_registration WHERE id = :id FOR UPDATE")
    Optional<Registration> lock(Long id);
}
