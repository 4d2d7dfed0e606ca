package fr.convergences.contribution;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ContributionRepository extends CrudRepository<Contribution, Long> {

    List<Contribution> findByConsultationIdOrderByPublishedAtDesc(Long consultationId);

    List<Contribution> findByConsultationIdAndAuthorAccountIdAndStatusOrderByCreatedAtDesc(Long consultationId, Long authorAccountId,
                                                                                           ContributionStatus status);

    long countByConsultationId(Long consultationId);
}
