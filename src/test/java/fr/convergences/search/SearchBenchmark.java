package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.testing.Benchmark;
import fr.convergences.testing.TestPlatform;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The search index at 2,000 (smoke) or 100,000 (full) contributions built from the Make.org corpus
 * with a seeded generator: bulk indexing through the outbox and by a rebuild, search latency per
 * query class (through the whole service: facets, highlighting, names), and the time from a commit to
 * the contribution being searchable. Asserts correctness only.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final String[] KINDS = {"NEED", "PROPOSAL", "TESTIMONY"};
    private static final String[] COMMUNES = {"91228", "91174", "91377", "91223", "91589", null};
    private static final String[] ORIGINS = {"ONLINE", "ONLINE", "ONLINE", "MEDIATED", "PAPER", "IMPORTED"};
    private static final Map<String, List<String>> QUERIES = new LinkedHashMap<>();

    // Rare: in about 0.5 to 1 % of the corpus; common: in 3 to 5 %.
    static {
        QUERIES.put("rare terms", List.of("permaculture", "obsolescence", "pesticides", "vélo", "retraite", "médecin"));
        QUERIES.put(
                "common terms", List.of("produits locaux", "santé", "consommation", "hôpital", "écologie", "travail"));
        QUERIES.put("phrase", List.of("\"circuits courts\"", "\"produits locaux\"", "\"transports en commun\""));
        QUERIES.put("with a facet filter", List.of("santé", "consommation", "travail", "produits"));
    }

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void indexing_search_latency_and_time_to_searchable() throws Exception {
        int size = Benchmark.size(2_000, 100_000);
        SearchFixture fixture = new SearchFixture(platform);
        fixture.awaitIndexed();
        SearchDatabase database = platform.bean(SearchDatabase.class);
        List<Long> themes = fixture.themes();
        StringBuilder report = new StringBuilder("| measure | value |\n|---|---|\n");

        long insertStart = System.nanoTime();
        insert(database, fixture.consultation.id(), themes, size);
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        long drainStart = System.nanoTime();
        fixture.awaitIndexed();
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        SearchService search = platform.bean(SearchService.class);
        SearchQuery all = SearchQuery.of("", fixture.council.id());
        assertThat(search.search(Actor.ANONYMOUS, all).total()).isEqualTo(size);
        report.append(row("contributions", String.format("%,d", size)));
        report.append(row("insert into PostgreSQL (triggers fill the outbox)", String.format("%.1f s", insertSeconds)));
        // The updater applies the outbox while the inserts run: the rate is from the first insert to the outbox
        // drained.
        double throughSeconds = insertSeconds + drainSeconds;
        report.append(row(
                "indexed through the outbox (first insert → outbox drained)",
                String.format(
                        "%.1f s (%,.0f contributions/s), of which %.1f s after the last insert",
                        throughSeconds, size / throughSeconds, drainSeconds)));

        IndexRebuilder rebuilder = platform.bean(IndexRebuilder.class);
        long total = platform.bean(IndexSourceStore.class).countPublic();
        long rebuildStart = System.nanoTime();
        long rebuilt = rebuilder.rebuild("benchmark", progress -> {});
        double rebuildSeconds = (System.nanoTime() - rebuildStart) / 1e9;
        assertThat(rebuilt).isEqualTo(total);
        report.append(row(
                "full rebuild from PostgreSQL (all contributions of the test database)",
                String.format(
                        "%,d in %.1f s (%,.0f contributions/s)", rebuilt, rebuildSeconds, rebuilt / rebuildSeconds)));

        for (Map.Entry<String, List<String>> queryClass : QUERIES.entrySet()) {
            boolean filtered = queryClass.getKey().equals("with a facet filter");
            int runs = 200;
            long[] nanos = new long[runs];
            long found = 0;
            for (int i = -50; i < runs; i++) { // the first 50 warm the JVM up and are not counted
                String words = queryClass
                        .getValue()
                        .get(Math.floorMod(i, queryClass.getValue().size()));
                SearchQuery query = SearchQuery.of(words, fixture.council.id());
                if (filtered) {
                    query = query.withFilters(
                            Map.of(SearchFacet.KIND, Set.of("NEED"), SearchFacet.COMMUNE, Set.of("91228")));
                }
                long start = System.nanoTime();
                SearchResults results = search.search(Actor.ANONYMOUS, query);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                    found += results.total();
                }
                assertThat(results.hits()).as(words).isNotEmpty();
            }
            report.append(row(
                    "search, " + queryClass.getKey() + " (p50 / p95, " + runs + " queries, avg "
                            + String.format("%,d", found / runs) + " hits)",
                    String.format(
                            "%.1f ms / %.1f ms",
                            Benchmark.percentileMillis(nanos, 50), Benchmark.percentileMillis(nanos, 95))));
        }

        int commits = 30;
        long[] toSearchable = new long[commits];
        SearchIndex index = platform.bean(SearchIndex.class);
        for (int i = 0; i < commits; i++) {
            long start = System.nanoTime();
            long id = fixture.contribution("Mesure " + i, "Délai avant de pouvoir trouver une contribution.")
                    .save();
            while (true) {
                try (SearchIndex.Lease lease = index.acquire()) {
                    if (lease.searcher().count(new TermQuery(ContributionDocument.idTerm(id))) == 1) {
                        break;
                    }
                }
                assertThat(System.nanoTime() - start)
                        .as("searchable within a minute")
                        .isLessThan(Duration.ofMinutes(1).toNanos());
                Thread.onSpinWait();
            }
            toSearchable[i] = System.nanoTime() - start;
        }
        report.append(row(
                "commit → searchable (p50 / p95 of " + commits + ", poll every 200 ms)",
                String.format(
                        "%.0f ms / %.0f ms",
                        Benchmark.percentileMillis(toSearchable, 50), Benchmark.percentileMillis(toSearchable, 95))));
        report.append(row("index size on disk", String.format("%.1f MB", folderSize(index.path()) / 1e6)));
        Benchmark.report("SearchBenchmark", report.toString());
    }

    private static String row(String measure, String value) {
        return "| " + measure + " | " + value + " |\n";
    }

    private static long folderSize(java.nio.file.Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.list(folder)) {
            return files.mapToLong(file -> file.toFile().length()).sum();
        }
    }

    /** Corpus proposals, each joined with a second one as its body, with seeded kinds, origins, communes and themes. */
    private static void insert(SearchDatabase database, long consultationId, List<Long> themes, int size) {
        List<CorpusContributions.Proposal> corpus = CorpusContributions.read(Integer.MAX_VALUE);
        Random random = new Random(2026);
        database.with(connection -> {
            connection.setAutoCommit(false);
            try (PreparedStatement contribution = connection.prepareStatement("""
                    INSERT INTO contribution (consultation_id, kind, title, body, commune_insee, status, created_at, published_at, origin)
                    VALUES (?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?) RETURNING id""");
                    PreparedStatement theme = connection.prepareStatement(
                            "INSERT INTO contribution_theme (contribution_id, theme_id) VALUES (?, ?)")) {
                Instant now = Instant.now();
                for (int i = 0; i < size; i++) {
                    CorpusContributions.Proposal first = corpus.get(random.nextInt(corpus.size()));
                    CorpusContributions.Proposal second = corpus.get(random.nextInt(corpus.size()));
                    Timestamp at = Timestamp.from(now.minusSeconds(random.nextInt(90 * 24 * 3600)));
                    contribution.setLong(1, consultationId);
                    contribution.setString(2, KINDS[random.nextInt(KINDS.length)]);
                    contribution.setString(3, first.title());
                    contribution.setString(4, first.text() + " " + second.text());
                    contribution.setString(5, COMMUNES[random.nextInt(COMMUNES.length)]);
                    contribution.setTimestamp(6, at);
                    contribution.setTimestamp(7, at);
                    contribution.setString(8, ORIGINS[random.nextInt(ORIGINS.length)]);
                    long id;
                    try (var rows = contribution.executeQuery()) {
                        rows.next();
                        id = rows.getLong(1);
                    }
                    theme.setLong(1, id);
                    theme.setLong(2, themes.get(random.nextInt(themes.size())));
                    theme.addBatch();
                    if (i % 5_000 == 4_999) {
                        theme.executeBatch();
                        connection.commit();
                    }
                }
                theme.executeBatch();
                connection.commit();
            } finally {
                connection.setAutoCommit(true);
            }
            return null;
        });
    }
}
