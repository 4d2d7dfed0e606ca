package fr.convergences.motion.infrastructure;

import fr.convergences.motion.model.VotingSession;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface VotingSessionRepository extends CrudRepository<VotingSession, Long> {

    List<VotingSession> findByMotionIdOrderById(Long motionId);

    List<VotingSession> findBySittingIdOrderById(Long sittingId);

    @Query("SELECT * FROM voting_session WHERE status = 'PLANNED' AND opens_at <= :now")
    List<VotingSession> findOpeningDue(Instant now);

    @Query("SELECT * FROM voting_session WHERE status = 'OPEN' AND closes_at <= :now")
    List<VotingSession> findClosingDue(Instant now);
}
