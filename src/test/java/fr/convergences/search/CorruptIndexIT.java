package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.CriticalThreads;
import fr.convergences.testing.TestPlatform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/**
 * A second index on its own directory, fed from the platform's PostgreSQL. Its updater is never run:
 * the outbox belongs to the platform's own index.
 */
class CorruptIndexIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void garbage_in_the_index_directory_is_set_aside_and_the_index_rebuilt_from_postgresql() throws Exception {
        SearchFixture fixture = new SearchFixture(platform);
        long id = fixture.contribution("Centre médico-psychologique", "Huit mois d’attente au CMP pour un enfant.")
                .save();
        Path data = TestPlatform.newDataDirectory();
        Clock clock = Clock.systemUTC();

        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            assertThat(index.opening()).isEqualTo(SearchIndex.Opening.NEW);
            assertThat(rebuilder(index, clock).reasonToRebuild()).isPresent();
            rebuilder(index, clock).rebuild("test", progress -> {});
        }
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path file : files.toList()) {
                Files.write(file, "pas un fichier Lucene".getBytes());
            }
        }

        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            assertThat(index.opening()).isEqualTo(SearchIndex.Opening.SET_ASIDE);
            assertThat(index.documentCount()).isZero();
            IndexRebuilder rebuilder = rebuilder(index, clock);
            assertThat(rebuilder.reasonToRebuild()).contains("the index was unreadable and set aside");

            long indexed = rebuilder.rebuild("test", progress -> {});

            long inDatabase = fixture.sql.count(
                    "SELECT count(*) FROM contribution WHERE status NOT IN ('DRAFT', 'WITHDRAWN') AND NOT hidden");
            assertThat(indexed).isEqualTo(inDatabase);
            assertThat(index.documentCount()).isEqualTo((int) inDatabase);
            try (SearchIndex.Lease lease = index.acquire()) {
                assertThat(lease.searcher().count(new TermQuery(ContributionDocument.idTerm(id))))
                        .isEqualTo(1);
            }
            assertThat(rebuilder.progress().state()).isEqualTo(IndexRebuilder.State.DONE);
            assertThat(rebuilder.reasonToRebuild()).isEmpty();
        }
        try (Stream<Path> siblings = Files.list(data)) {
            assertThat(siblings.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("index-corrupt-"));
        }
    }

    @Test
    void an_empty_index_while_the_database_holds_contributions_is_rebuilt() throws Exception {
        SearchFixture fixture = new SearchFixture(platform);
        fixture.contribution("Sage-femme libérale", "Une sage-femme pour le suivi à domicile.")
                .save();
        Path data = TestPlatform.newDataDirectory();
        Clock clock = Clock.systemUTC();
        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            index.writer(); // a valid, empty index
        }
        try (SearchIndex index = new SearchIndex(data.toString(), clock)) {
            assertThat(index.opening()).isEqualTo(SearchIndex.Opening.EXISTING);
            assertThat(rebuilder(index, clock).reasonToRebuild())
                    .contains("the index is empty while the database holds public contributions");
        }
    }

    private IndexRebuilder rebuilder(SearchIndex index, Clock clock) {
        IndexSourceStore source = platform.bean(IndexSourceStore.class);
        IndexUpdater idle = new IndexUpdater(
                index,
                source,
                platform.bean(SearchOutboxStore.class),
                Duration.ofMillis(200),
                Duration.ofDays(7),
                new CriticalThreads());
        return new IndexRebuilder(index, source, idle, clock);
    }
}
