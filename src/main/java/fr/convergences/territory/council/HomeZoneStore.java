package fr.convergences.territory.council;

import fr.convergences.base.database.Sql;
import fr.convergences.identity.notification.HomeZones;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers identity's question for the daily digest: the time zone of the territory of communes, councils and
 * mandate holders, each in one statement for all the recipients of a run. Runs in the caller's transaction.
 */
@Singleton
class HomeZoneStore implements HomeZones {

    private final Sql sql;

    HomeZoneStore(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, String> ofCommunes(Collection<String> inseeCodes) {
        return inseeCodes.isEmpty()
                ? Map.of()
                : asMap(sql.list("""
                SELECT c.insee_code, t.time_zone FROM commune c JOIN territory t ON t.id = c.territory_id WHERE c.insee_code = ANY (?)""", row -> Map.entry(row.getString(1), row.getString(2)), (Object)
                        inseeCodes.toArray(String[]::new)));
    }

    @Override
    public Map<Long, String> ofCouncils(Collection<Long> councilIds) {
        return councilIds.isEmpty()
                ? Map.of()
                : asMap(sql.list("""
                SELECT k.id, t.time_zone FROM council k JOIN territory t ON t.id = k.territory_id WHERE k.id = ANY (?)""", row -> Map.entry(row.getLong(1), row.getString(2)), (Object)
                        councilIds.toArray(Long[]::new)));
    }

    @Override
    public Map<Long, String> ofFirstMandates(Collection<Long> accountIds) {
        return accountIds.isEmpty()
                ? Map.of()
                : asMap(sql.list("""
                SELECT DISTINCT ON (m.account_id) m.account_id, t.time_zone
                FROM mandate m JOIN council k ON k.id = m.council_id JOIN territory t ON t.id = k.territory_id
                WHERE m.account_id = ANY (?) ORDER BY m.account_id, m.id""", row -> Map.entry(row.getLong(1), row.getString(2)), (Object)
                        accountIds.toArray(Long[]::new)));
    }

    private static <K> Map<K, String> asMap(List<Map.Entry<K, String>> entries) {
        Map<K, String> map = new HashMap<>();
        entries.forEach(entry -> map.put(entry.getKey(), entry.getValue()));
        return map;
    }
}
