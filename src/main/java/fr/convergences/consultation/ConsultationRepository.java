package fr.convergences.consultation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ConsultationRepository extends CrudRepository<Consultation, Long> {

    List<Consultation> listOrderByCreatedAtDesc();

    Optional<Long> findCouncilIdById(Long id);

    /**
     * One page of the public list, newest id first, below an id (keyset paging: each page costs the same, however deep).
     * Ids, not creation times, order it: they are unique, so no consultation is skipped or served twice between pages.
     */
    @Query("""
            SELECT * FROM consultation
            WHERE id < :beforeId
            ORDER BY id DESC LIMIT :limit""")
    List<Consultation> publicPage(long beforeId, int limit);

    /** One council's consultations, newest first: the open-data page lists them without reading the other councils'. */
    List<Consultation> findByCouncilIdOrderByCreatedAtDesc(Long councilId);

    /** The newest consultations, at most {@code limit}: the public list's bound. */
    @Query("""
            SELECT * FROM consultation
            ORDER BY created_at DESC, id DESC LIMIT :limit""")
    List<Consultation> newest(int limit);

    /**
     * The consultations with a phase still to end on or after a day (the home page's "open now and coming"): those whose
     * phases are all over are never read. The caller passes a day early enough for every territory's time zone.
     */
    @Query("""
            SELECT c.* FROM consultation c
            WHERE EXISTS (SELECT 1 FROM consultation_phase p WHERE p.consultation_id = c.id AND p.ends_on >= :day)
            ORDER BY c.id""")
    List<Consultation> withPhaseEndingOnOrAfter(java.time.LocalDate day);
}
