package fr.convergences.contribution;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContributionRepository extends CrudRepository<Contribution, Long> {

    List<Contribution> findByConsultationIdOrderByPublishedAtDesc(Long consultationId);

    List<Contribution> findByConsultationIdAndAuthorAccountIdAndStatusOrderByCreatedAtDesc(
            Long consultationId, Long authorAccountId, ContributionStatus status);

    long countByConsultationId(Long consultationId);

    /** One page of the public list, after a contribution id (keyset paging: each page costs the same, however deep). */
    @Query("""
            SELECT * FROM contribution
            WHERE consultation_id = :consultationId AND status = 'PUBLISHED' AND NOT hidden AND id > :afterId
            ORDER BY id LIMIT :limit""")
    List<Contribution> publicPage(long consultationId, long afterId, int limit);
}
