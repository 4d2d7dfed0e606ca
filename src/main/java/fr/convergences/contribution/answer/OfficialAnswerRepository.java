package fr.convergences.contribution.answer;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface OfficialAnswerRepository extends CrudRepository<OfficialAnswer, Long> {

    @Query("""
            SELECT count(*) FROM contribution_answer a JOIN contribution c ON c.id = a.contribution_id
            WHERE c.consultation_id = :consultationId""")
    long countAnsweredInConsultation(long consultationId);
}
