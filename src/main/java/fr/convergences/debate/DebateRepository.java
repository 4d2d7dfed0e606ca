package fr.convergences.debate;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DebateRepository extends CrudRepository<Debate, Long> {

    List<Debate> findByConsultationIdOrderByStartsAt(Long consultationId);

    List<Debate> findByCouncilIdAndStatusOrderByStartsAt(Long councilId, DebateStatus status);

    /** The debate, locked until the transaction ends: registrations count seats under this lock. */
    @Query("SELECT * FROM debate WHERE id = :id FOR UPDATE")
    Optional<Debate> lock(Long id);

    @Query(
            "UPDATE debate SET status = 'PUBLISHED', approved_at = :at, approved_by = :by, version = version + 1 WHERE id = :id AND status = 'PENDING'")
    int approve(Long id, Instant at, Long by);

    @Query(
            "UPDATE debate SET status = 'CANCELLED', cancelled_at = :at, cancel_reason = :reason, version = version + 1 WHERE id = :id AND status <> 'CANCELLED'")
    int cancel(Long id, Instant at, String reason);

    @Query("UPDATE debate SET minutes = :minutes, minutes_at = :at, version = version + 1 WHERE id = :id")
    int writeMinutes(Long id, String minutes, Instant at);
}
