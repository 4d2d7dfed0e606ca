package fr.convergences.convergence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StoredConvergenceRepository extends CrudRepository<StoredConvergence, Long> {

    /** The most diverse first (distinct sources), then the most cohesive. */
    @Query("""
            SELECT * FROM convergence WHERE consultation_id = :consultationId AND status IN (:statuses)
            ORDER BY sources DESC, score DESC, id""")
    List<StoredConvergence> listForConsultation(long consultationId, List<String> statuses);

    long countByConsultationId(Long consultationId);

    List<StoredConvergence> findByConsultationIdAndStatus(Long consultationId, ConvergenceStatus status);
}
