package fr.convergences.contribution.moderation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ModerationAppealRepository extends CrudRepository<ModerationAppeal, Long> {

    Optional<ModerationAppeal> findByDecisionId(Long decisionId);

    List<ModerationAppeal> findByDecisionIdIn(Collection<Long> decisionIds);
}
