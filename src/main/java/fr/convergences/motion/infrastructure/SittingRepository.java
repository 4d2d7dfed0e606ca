package fr.convergences.motion.infrastructure;

import fr.convergences.motion.model.Sitting;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface SittingRepository extends CrudRepository<Sitting, Long> {

    List<Sitting> findByCouncilIdOrderByStartsAtDesc(Long councilId);

    /**
     * Sittings whose convocation is due: {@code noticeDays} before the start, not sent yet. Locked for the caller's
     * transaction and skipped when another node holds them, so that two nodes never convene the same sitting twice.
     */
    @Query(
            "SELECT * FROM sitting WHERE convocation_sent_at IS NULL AND status = 'CONVENED' AND starts_at - make_interval(days => notice_days) <= :now "
                    + "FOR UPDATE SKIP LOCKED")
    List<Sitting> findConvocationsDue(Instant now);
}
