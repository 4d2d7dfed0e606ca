package fr.convergences.motion.infrastructure;

import fr.convergences.motion.model.Motion;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MotionRepository extends CrudRepository<Motion, Long> {

    List<Motion> findByCouncilIdOrderByCreatedAtDesc(Long councilId);
}
