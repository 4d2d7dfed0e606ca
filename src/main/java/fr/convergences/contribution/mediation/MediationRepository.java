package fr.convergences.contribution.mediation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MediationRepository extends CrudRepository<Mediation, Long> {

    List<Mediation> findByOrganisationIdOrderByContributionId(Long organisationId);

    List<Mediation> findByCollectedByAndOrganisationIdIsNullOrderByContributionId(Long collectedBy);
}
