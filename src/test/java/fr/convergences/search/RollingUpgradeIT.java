package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.identity.Actor;
import fr.convergences.testing.SecondNode;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * An upgrade across one migration with the old and the new node side by side: node A runs this release; node B starts
 * with the next release's migration (an additive one, from a test-only location) and applies it to the shared
 * PostgreSQL while A serves. A, which knows nothing of the new column and table, keeps writing contributions and
 * serving pages; B reads A's writes, writes the new column, and both nodes' searches find what either wrote.
 */
class RollingUpgradeIT {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_node_of_the_next_release_migrates_the_database_while_a_node_of_this_release_keeps_serving_and_writing()
            throws Exception {
        TestPlatform nodeA = TestPlatform.shared();
        SearchFixture fixture = new SearchFixture(nodeA);
        TestSql sql = new TestSql(nodeA);
        Actor resident = TestAccounts.actor(new TestAccounts(nodeA).create("Habitante montée de version"));
        ContributionService contributionsOnA = nodeA.bean(ContributionService.class);
        Contribution before = contributionsOnA.submit(
                resident,
                fixture.consultation.id(),
                new ContributionForm(
                        ContributionKind.NEED, "Avant la migration", "Un orthoptiste à Dourdan.", Set.of(), null));
        assertThat(sql.column("SELECT count(*) FROM information_schema.columns WHERE table_name = 'contribution' "
                        + "AND column_name = 'upgrade_probe_note'"))
                .containsExactly(0L);

        try (SecondNode nodeB = new SecondNode(
                nodeA,
                Map.of(
                        "flyway.datasources.default.locations",
                        List.of("classpath:db/migration", "classpath:db/upgrade-probe")))) {
            assertThat(sql.column("SELECT success FROM flyway_schema_history WHERE version = '9000.01.01.0000'"))
                    .as("B applied the next release's migration as it started")
                    .containsExactly(true);

            // A, on the previous schema's code, writes and serves as before.
            Contribution during = contributionsOnA.submit(
                    resident,
                    fixture.consultation.id(),
                    new ContributionForm(
                            ContributionKind.PROPOSAL,
                            "Pendant la montée de version",
                            "Un orthoptiste itinérant le mardi.",
                            Set.of(),
                            null));
            assertThat(contributionsOnA
                            .submit(
                                    resident,
                                    fixture.consultation.id(),
                                    new ContributionForm(
                                            ContributionKind.NEED,
                                            "Encore",
                                            "Un orthoptiste le samedi matin.",
                                            Set.of(),
                                            null))
                            .id())
                    .isGreaterThan(during.id());
            for (URI node : List.of(nodeA.uri("/"), nodeB.uri("/"))) {
                assertThat(readyWithin(node.resolve("/api/ready"), Duration.ofSeconds(90)))
                        .as(node + " ready")
                        .isEqualTo(200);
                assertThat(status(node.resolve("/consultations/" + fixture.consultation.id())))
                        .as(node + " serves pages")
                        .isEqualTo(200);
            }

            // B, on the new schema, reads A's rows and uses the new column and table.
            sql.update("UPDATE contribution SET upgrade_probe_note = 'vue par B' WHERE id = ?", during.id());
            sql.update("INSERT INTO upgrade_probe (contribution_id) VALUES (?)", during.id());
            assertThat(sql.column(
                            "SELECT upgrade_probe_note FROM contribution WHERE id IN (?, ?) ORDER BY id",
                            before.id(),
                            during.id()))
                    .containsExactly(null, "vue par B");
            assertThat(contributionsOnA
                            .submit(
                                    resident,
                                    fixture.consultation.id(),
                                    new ContributionForm(
                                            ContributionKind.NEED,
                                            "Après",
                                            "Un orthoptiste au centre de santé.",
                                            Set.of(),
                                            null))
                            .id())
                    .as("A still writes once B wrote the new column")
                    .isPositive();

            // Both indexes hold what A wrote during the upgrade.
            fixture.awaitIndexed();
            nodeB.bean(IndexUpdater.class).awaitDrained(Duration.ofSeconds(30));
            for (SearchService search : List.of(nodeA.bean(SearchService.class), nodeB.bean(SearchService.class))) {
                assertThat(search.search(Actor.ANONYMOUS, SearchQuery.of("orthoptiste", fixture.council.id()))
                                .hits())
                        .extracting(SearchResults.Hit::contributionId)
                        .contains(before.id(), during.id());
            }
        }
    }

    private static int status(URI uri) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(30))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /**
     * The readiness status, asked until it is 200 or the time is up: a node that has just started is not ready while its
     * index catches up with the changes the shared test database already holds (hundreds after the other test classes).
     */
    private static int readyWithin(URI ready, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        int status = status(ready);
        while (status != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
            status = status(ready);
        }
        return status;
    }
}
