package fr.convergences.convergence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoredConvergenceRepository extends CrudRepository<StoredConvergence, Long> {

    List<StoredConvergence> findByConsultationIdAndStatusInOrderBySourcesDescScoreDesc(Long consultationId, List<ConvergenceStatus> statuses);

    List<StoredConvergence> findByConsultationIdAndStatus(Long consultationId, ConvergenceStatus status);
}
