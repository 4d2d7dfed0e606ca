package fr.convergences.territory.organisation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface MembershipRepository extends CrudRepository<Membership, Long> {

    Optional<Membership> findByOrganisationIdAndAccountId(Long organisationId, Long accountId);

    List<Membership> findByOrganisationIdAndStatus(Long organisationId, Membership.MembershipStatus status);

    List<Membership> findByAccountId(Long accountId);

    long countByOrganisationIdAndStatus(Long organisationId, Membership.MembershipStatus status);
}
