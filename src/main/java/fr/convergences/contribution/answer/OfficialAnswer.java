package fr.convergences.contribution.answer;

import fr.convergences.contribution.AnswerStatus;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** The council's public answer to one contribution (the latest one; each change is audit-logged). */
@MappedEntity("contribution_answer")
public record OfficialAnswer(
        @Id Long contributionId, AnswerStatus status, String text, Long answeredBy, Instant answeredAt) {

    public static final int TEXT_MAX_LENGTH = 3000;
}
