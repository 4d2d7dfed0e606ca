package fr.convergences.motion.infrastructure;

import fr.convergences.motion.model.Attachment;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface AttachmentRepository extends CrudRepository<Attachment, Long> {

    List<Attachment> findByMotionIdOrderByPosition(Long motionId);

    void deleteByMotionId(Long motionId);
}
