package fr.convergences.identity.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The morning digest leaves at 7:00 in each person's territory, not at 7:00 in Paris. The territory and commune rows
 * are written in SQL: identity's tests do not use the territory feature, which depends on identity.
 */
class DigestTimeZoneIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final TestSql sql = new TestSql(platform);

    @Test
    void a_resident_of_la_reunion_gets_the_digest_at_seven_in_saint_denis_and_a_parisian_at_seven_in_paris() {
        Account reunion = personWithDigest("Saint-Denis");
        Account paris = personWithDigest("Paris");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long territory = ((Number) sql.column(
                                "INSERT INTO territory (code, name, time_zone) VALUES (?, ?, 'Indian/Reunion') RETURNING id",
                                "R" + suffix,
                                "La Réunion " + suffix)
                        .getFirst())
                .longValue();
        String insee = "974" + String.format("%02d", Math.floorMod(suffix.hashCode(), 100));
        sql.update(
                "INSERT INTO commune (insee_code, territory_id, name) VALUES (?, ?, 'Saint-Denis') "
                        + "ON CONFLICT (insee_code) DO UPDATE SET territory_id = EXCLUDED.territory_id",
                insee,
                territory);
        sql.update("UPDATE account SET commune_insee = ? WHERE id = ?", insee, reunion.id());
        // Notified at 2:00 UTC on a winter day: 6:00 in Saint-Denis (UTC+4), 3:00 in Paris (UTC+1).
        sql.update(
                "UPDATE notification SET created_at = ? WHERE account_id IN (?, ?)",
                Timestamp.from(Instant.parse("2026-01-15T02:00:00Z")),
                reunion.id(),
                paris.id());
        DailyDigest digest = platform.bean(DailyDigest.class);

        digest.sendDueDigests(Instant.parse("2026-01-15T03:00:00Z"));
        assertThat(platform.mailbox().to(reunion.email()))
                .as("7:00 in Saint-Denis")
                .hasSize(1);
        assertThat(platform.mailbox().to(paris.email())).as("4:00 in Paris").isEmpty();

        digest.sendDueDigests(Instant.parse("2026-01-15T05:00:00Z"));
        assertThat(platform.mailbox().to(paris.email())).as("6:00 in Paris").isEmpty();

        digest.sendDueDigests(Instant.parse("2026-01-15T06:00:00Z"));
        assertThat(platform.mailbox().to(paris.email())).as("7:00 in Paris").hasSize(1);
        assertThat(platform.mailbox().to(reunion.email()))
                .as("no second digest in Saint-Denis")
                .hasSize(1);
    }

    /**
     * Without a commune, the territory is that of a council where the person holds a role, else a mandate: both reach
     * identity through the territory feature's answer (HomeZones), and someone with neither stays on Paris time.
     */
    @Test
    void a_council_member_without_a_commune_gets_the_digest_at_seven_in_the_territory_of_their_role_or_their_mandate() {
        Account moderator = personWithDigest("Modératrice");
        Account titular = personWithDigest("Titulaire");
        Account nobody = personWithDigest("Sans territoire");
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long territory = id(
                "INSERT INTO territory (code, name, time_zone) VALUES (?, ?, 'Indian/Reunion') RETURNING id",
                "M" + suffix,
                "La Réunion " + suffix);
        long council = id(
                "INSERT INTO council (territory_id, name, slug) VALUES (?, ?, ?) RETURNING id",
                territory,
                "CTS " + suffix,
                "cts-" + suffix.toLowerCase(java.util.Locale.ROOT));
        long college = id(
                "INSERT INTO college (council_id, name, seats, position) VALUES (?, 'Usagers', 4, 1) RETURNING id",
                council);
        sql.update(
                "INSERT INTO council_role (account_id, council_id, role) VALUES (?, ?, 'MODERATOR')",
                moderator.id(),
                council);
        sql.update("""
                INSERT INTO mandate (council_id, college_id, kind, seat, person_name, account_id, starts_on, ends_on, voting_right, status)
                VALUES (?, ?, 'TITULAR', 1, 'Titulaire', ?, DATE '2025-01-01', DATE '2030-01-01', true, 'ACTIVE')""", council, college, titular.id());
        // Notified at 2:00 UTC on a winter day: 6:00 in Saint-Denis (UTC+4), 3:00 in Paris (UTC+1).
        sql.update(
                "UPDATE notification SET created_at = ? WHERE account_id IN (?, ?, ?)",
                Timestamp.from(Instant.parse("2026-02-10T02:00:00Z")),
                moderator.id(),
                titular.id(),
                nobody.id());

        platform.bean(DailyDigest.class).sendDueDigests(Instant.parse("2026-02-10T03:00:00Z"));

        assertThat(platform.mailbox().to(moderator.email()))
                .as("7:00 in Saint-Denis, by the role")
                .hasSize(1);
        assertThat(platform.mailbox().to(titular.email()))
                .as("7:00 in Saint-Denis, by the mandate")
                .hasSize(1);
        assertThat(platform.mailbox().to(nobody.email())).as("4:00 in Paris").isEmpty();
    }

    private long id(String insert, Object... parameters) {
        return ((Number) sql.column(insert, parameters).getFirst()).longValue();
    }

    private Account personWithDigest(String name) {
        Account person = new TestAccounts(platform).create("Fuseau " + name);
        platform.bean(NotificationCenter.class)
                .choose(TestAccounts.actor(person), NotificationKind.VOTING_SESSION, Frequency.DAILY_DIGEST);
        platform.bean(Notifications.class)
                .notify(
                        person.id(),
                        NotificationKind.VOTING_SESSION,
                        "notification.test.title",
                        "notification.test.body",
                        List.of("séance de " + name),
                        "/notifications");
        TestOutbox.deliverAll(platform); // a notice is delivered by the outbox once its transaction commits
        return person;
    }
}
