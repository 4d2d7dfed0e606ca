package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.testing.TestPlatform;
import java.io.IOException;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

class OutboxReplayIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final IndexUpdater updater = platform.bean(IndexUpdater.class);
    private final SearchService search = platform.bean(SearchService.class);

    @Test
    void changes_committed_while_the_updater_is_down_are_replayed_when_it_starts() {
        SearchFixture fixture = new SearchFixture(platform);
        fixture.awaitIndexed();
        updater.stop();
        long id;
        try {
            // As if the process died right after this commit: the change is in PostgreSQL and in the outbox, not in the
            // index.
            id = fixture.contribution("Orthophoniste introuvable", "Dix-huit mois d’attente pour un orthophoniste.")
                    .save();
            fixture.sql.update("UPDATE contribution SET title = 'Orthophoniste introuvable à Massy' WHERE id = ?", id);
            assertThat(updater.pendingCount()).isGreaterThanOrEqualTo(2);
            assertThat(search.search(Actor.ANONYMOUS, SearchQuery.of("orthophoniste", fixture.council.id()))
                            .hits())
                    .isEmpty();
        } finally {
            updater.start();
        }
        fixture.awaitIndexed();

        SearchResults results = search.search(Actor.ANONYMOUS, SearchQuery.of("orthophoniste", fixture.council.id()));
        assertThat(results.hits()).extracting(SearchResults.Hit::contributionId).containsExactly(id);
        assertThat(results.hits().getFirst().titleHtml()).contains("Massy");
    }

    @Test
    void applying_a_change_twice_is_harmless_so_a_crash_before_the_outbox_delete_loses_nothing() throws IOException {
        SearchFixture fixture = new SearchFixture(platform);
        long id = fixture.contribution(
                        "Kinésithérapeute à domicile", "Des séances à domicile pour les personnes âgées.")
                .save();
        fixture.awaitIndexed();
        // The rows a crashed run had applied but not yet deleted come back at the next start.
        fixture.sql.update(
                "INSERT INTO search_outbox (entity_kind, entity_id) VALUES ('CONTRIBUTION', ?), ('CONTRIBUTION', ?)",
                id,
                id);
        fixture.awaitIndexed();

        try (SearchIndex.Lease lease = platform.bean(SearchIndex.class).acquire()) {
            assertThat(lease.searcher().count(new TermQuery(ContributionDocument.idTerm(id))))
                    .isEqualTo(1);
        }
    }

    @Test
    void a_deleted_contribution_leaves_the_index() {
        SearchFixture fixture = new SearchFixture(platform);
        long id = fixture.contribution("Podologue", "Un podologue conventionné au centre de santé.")
                .save();
        fixture.awaitIndexed();
        assertThat(search.search(Actor.ANONYMOUS, SearchQuery.of("podologue", fixture.council.id()))
                        .hits())
                .hasSize(1);

        fixture.sql.update("DELETE FROM contribution WHERE id = ?", id);
        fixture.awaitIndexed();

        assertThat(search.search(Actor.ANONYMOUS, SearchQuery.of("podologue", fixture.council.id()))
                        .hits())
                .isEmpty();
    }
}
