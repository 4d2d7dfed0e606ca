package fr.convergences.motion;

import fr.convergences.identity.Actor;
import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A council with thousands of seats for the benchmarks and the crash test, made in a few SQL statements
 * (the accounts cannot sign in: they act through the services only): two colleges with voting right, an
 * admin, and one titular seat per account.
 */
public final class LargeElectorate {

    /** A seat and the account that holds it. */
    public record Voter(long seat, long account) {
        public Actor actor() {
            return Actor.account(account);
        }
    }

    public final long councilId;
    public final Actor admin;
    public final List<Voter> voters = new ArrayList<>();

    public LargeElectorate(ApplicationContext context, int seats) {
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = dataSource.getConnection()) {
            long territory = one(
                    connection,
                    "INSERT INTO territory (code, name) VALUES (?, ?) RETURNING id",
                    "L" + suffix,
                    "Territoire " + suffix);
            councilId = one(
                    connection,
                    "INSERT INTO council (territory_id, name, slug) VALUES (?, ?, ?) RETURNING id",
                    territory,
                    "Assemblée " + suffix,
                    "assemblee-" + suffix);
            long adminAccount = one(
                    connection,
                    "INSERT INTO account (email, display_name, status) VALUES (?, 'Secrétariat', 'ACTIVE') RETURNING id",
                    "admin." + suffix + "@load.convergences.invalid");
            one(
                    connection,
                    "INSERT INTO council_role (account_id, council_id, role) VALUES (?, ?, 'COUNCIL_ADMIN') RETURNING id",
                    adminAccount,
                    councilId);
            admin = Actor.account(adminAccount);
            long[] colleges = {
                one(
                        connection,
                        "INSERT INTO college (council_id, name, seats, position) VALUES (?, 'Habitants A', 500, 1) RETURNING id",
                        councilId),
                one(
                        connection,
                        "INSERT INTO college (council_id, name, seats, position) VALUES (?, 'Habitants B', 500, 2) RETURNING id",
                        councilId)
            };
            try (PreparedStatement insert = connection.prepareStatement("""
                    WITH people AS (
                        INSERT INTO account (email, display_name, status)
                        SELECT 'votant.' || n || '.' || ? || '@load.convergences.invalid', 'Votant ' || n, 'ACTIVE' FROM generate_series(1, ?) n
                        RETURNING id)
                    INSERT INTO mandate (council_id, college_id, kind, seat, person_name, account_id, starts_on, ends_on, voting_right, status)
                    SELECT ?, CASE WHEN row_number() OVER (ORDER BY id) % 2 = 0 THEN ? ELSE ? END, 'TITULAR',
                           (row_number() OVER (ORDER BY id) + 1) / 2, 'Votant', id, current_date - 1, current_date + 365, true, 'ACTIVE'
                    FROM people RETURNING id, account_id""")) {
                insert.setString(1, suffix);
                insert.setInt(2, seats);
                insert.setLong(3, councilId);
                insert.setLong(4, colleges[0]);
                insert.setLong(5, colleges[1]);
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        voters.add(new Voter(rows.getLong(1), rows.getLong(2)));
                    }
                }
            }
            // The load voters keep the opening notice in the application: a mail each (one SMTP exchange per voter
            // with the test mailbox) would measure the mail server, not the ballot box, and take minutes of the suite.
            try (PreparedStatement quiet = connection.prepareStatement("""
                    INSERT INTO notification_preference (account_id, kind, frequency)
                    SELECT m.account_id, 'VOTING_SESSION', 'NEVER' FROM mandate m WHERE m.council_id = ?""")) {
                quiet.setLong(1, councilId);
                quiet.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long one(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
