package fr.convergences.identity.profile;

import fr.convergences.base.database.Sql;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** The profile's hand-written SQL: the roles in a person's data download, and what account deletion erases. */
@Singleton
class ProfileStore {

    private final Sql sql;

    ProfileStore(Sql sql) {
        this.sql = sql;
    }

    /** The person's roles, by council name. */
    List<Map<String, Object>> councilRoles(long accountId) {
        return sql.list(
                "SELECT c.name, r.role FROM council_role r JOIN council c ON c.id = r.council_id WHERE r.account_id = ? ORDER BY c.name",
                row -> Map.<String, Object>of("council", row.getString(1), "role", row.getString(2)),
                accountId);
    }

    void deleteTokens(long accountId) {
        sql.update("DELETE FROM account_token WHERE account_id = ?", accountId);
    }

    /** Sign-in attempts name the e-mail address: personal data too. */
    void deleteLoginAttempts(String email) {
        sql.update("DELETE FROM login_attempt WHERE lower(email) = lower(?)", email);
    }
}
