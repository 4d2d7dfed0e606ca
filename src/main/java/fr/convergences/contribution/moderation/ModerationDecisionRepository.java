package fr.convergences.contribution.moderation;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ModerationDecisionRepository extends CrudRepository<ModerationDecision, Long> {

    /** Every decision on a contribution and on its comments, oldest first. */
    List<ModerationDecision> findByContributionIdOrderByDecidedAtAsc(Long contributionId);

    Optional<ModerationDecision> findFirstByContributionIdAndCommentIdIsNullAndKindOrderByIdDesc(
            Long contributionId, ModerationDecision.Kind kind);

    Optional<ModerationDecision> findFirstByCommentIdAndKindOrderByIdDesc(Long commentId, ModerationDecision.Kind kind);
}
