package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.testing.TestPlatform;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReindexCommandIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void reindex_rebuilds_the_whole_index_from_postgresql_and_searches_keep_working() throws Exception {
        SearchFixture fixture = new SearchFixture(platform);
        long id = fixture.contribution("Addictologie", "Une consultation d’addictologie jeunes à Étampes.")
                .save();
        fixture.awaitIndexed();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ReindexCommand command = new ReindexCommand();
        command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);

        int exit = command.run(platform.context());

        long inDatabase = fixture.sql.count(
                "SELECT count(*) FROM contribution WHERE status NOT IN ('DRAFT', 'WITHDRAWN') AND NOT hidden");
        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Search index rebuilt: " + inDatabase + " contributions.");
        assertThat(platform.bean(SearchIndex.class).documentCount()).isEqualTo((int) inDatabase);
        SearchService search = platform.bean(SearchService.class);
        assertThat(search.search(Actor.ANONYMOUS, SearchQuery.of("addictologie", fixture.council.id()))
                        .hits())
                .extracting(SearchResults.Hit::contributionId)
                .containsExactly(id);

        // The outbox works on the swapped-in index.
        long after = fixture.contribution("Addictologie en ville", "Un CSAPA en centre-ville.")
                .save();
        fixture.awaitIndexed();
        assertThat(search.search(Actor.ANONYMOUS, SearchQuery.of("addictologie", fixture.council.id()))
                        .hits())
                .extracting(SearchResults.Hit::contributionId)
                .containsExactlyInAnyOrder(id, after);
    }

    @Test
    void reindex_refuses_clearly_while_a_running_server_holds_the_index() throws Exception {
        // A platform of its own (embedded database in a new data directory) whose index another holder has locked.
        Path data = TestPlatform.newDataDirectory();
        try (SearchIndex holder = new SearchIndex(data.toString(), java.time.Clock.systemUTC())) {
            holder.writer();
            try (io.micronaut.context.ApplicationContext other = io.micronaut.context.ApplicationContext.builder()
                    .environments("test")
                    .properties(java.util.Map.of("convergences.data-dir", data.toString()))
                    .start()) {
                ByteArrayOutputStream printed = new ByteArrayOutputStream();
                ReindexCommand command = new ReindexCommand();
                command.out = new PrintStream(printed, true, StandardCharsets.UTF_8);
                assertThat(command.run(other))
                        .as("an operational error, not tampering")
                        .isEqualTo(2);
                assertThat(printed.toString(StandardCharsets.UTF_8)).contains("is in use by a running server");
            }
        }
    }
}
