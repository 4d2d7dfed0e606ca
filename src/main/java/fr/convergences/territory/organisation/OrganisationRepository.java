package fr.convergences.territory.organisation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OrganisationRepository extends CrudRepository<Organisation, Long> {

    @Query("SELECT * FROM organisation WHERE lower(name) = lower(:name)")
    Optional<Organisation> findByNameIgnoringCase(String name);

    List<Organisation> findByVerifiedOrderByName(boolean verified);
}
