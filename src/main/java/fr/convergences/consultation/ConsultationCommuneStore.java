package fr.convergences.consultation;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The consultation_commune table's one persistence class: the communes a consultation is limited to (none: the whole territory). */
@Singleton
class ConsultationCommuneStore {

    private final Sql sql;

    ConsultationCommuneStore(Sql sql) {
        this.sql = sql;
    }

    void replace(long consultationId, Set<String> communes) {
        sql.update("DELETE FROM consultation_commune WHERE consultation_id = ?", consultationId);
        sql.batch(
                "INSERT INTO consultation_commune (consultation_id, insee_code) VALUES (?, ?)",
                (communes == null ? Set.<String>of() : communes)
                        .stream()
                                .map(code -> new Object[] {consultationId, code})
                                .toList());
    }

    /** The scope's communes by INSEE code, with their names, in name order. */
    Map<String, String> communes(long consultationId) {
        Map<String, String> names = new LinkedHashMap<>();
        List<String[]> rows = sql.list("""
                SELECT c.insee_code, c.name FROM consultation_commune s JOIN commune c ON c.insee_code = s.insee_code
                WHERE s.consultation_id = ? ORDER BY c.name""", row -> new String[] {row.getString(1), row.getString(2)}, consultationId);
        rows.forEach(row -> names.put(row[0], row[1]));
        return names;
    }
}
