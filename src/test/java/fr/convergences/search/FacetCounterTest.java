package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.AnswerStatus;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.ContributionStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class FacetCounterTest {

    @Test
    void insee_codes_are_numbers_and_back_corsica_included() {
        for (String insee : List.of("01001", "91228", "97411", "2A004", "2B120", "99999")) {
            int code = FacetCounter.communeCode(insee);
            assertThat(code).isPositive();
            assertThat(FacetCounter.commune(code)).isEqualTo(insee);
        }
        assertThat(FacetCounter.communeCode(null)).isZero();
        assertThat(FacetCounter.commune(0)).isEqualTo(ContributionDocument.NO_COMMUNE);
        assertThat(FacetCounter.communeCode("9122")).as("not a code").isZero();
        assertThat(FacetCounter.communeCode("2C004")).as("not a code").isZero();
    }

    @Test
    void only_the_thirty_largest_values_of_a_facet_are_kept() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(FrenchAnalyzer.forIndexing()))) {
                for (int commune = 1; commune <= 100; commune++) {
                    for (int n = 0; n < commune % 13 + 1; n++) {
                        writer.addDocument(ContributionDocument.of(contribution(
                                commune * 100L + n,
                                ContributionKind.NEED,
                                String.format("91%03d", commune),
                                List.of(),
                                null)));
                    }
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                Map<String, Long> communes = FacetCounter.count(
                                new IndexSearcher(reader),
                                new MatchAllDocsQuery(),
                                Map.of(),
                                EnumSet.of(SearchFacet.COMMUNE))
                        .counts()
                        .get(SearchFacet.COMMUNE);
                assertThat(communes).hasSize(FacetCounter.VALUES);
                assertThat(List.copyOf(communes.values())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
                assertThat(communes.entrySet().iterator().next())
                        .isEqualTo(Map.entry("91012", 13L)); // 12, 25, 38… all count 13
                assertThat(communes.values())
                        .allMatch(count -> count >= 9)
                        .filteredOn(count -> count == 13)
                        .hasSize(7);
            }
        }
    }

    @Test
    void counts_of_many_ids_survive_the_table_growing() {
        FacetCounter.LongCounts counts = new FacetCounter.LongCounts();
        for (long id = 1; id <= 10_000; id++) {
            counts.add(id, (int) (id % 7) + 1);
            counts.add(id, 1);
        }
        Map<Long, Long> found = new java.util.HashMap<>();
        counts.each(found::put);
        assertThat(found).hasSize(10_000).containsEntry(7L, 2L).containsEntry(10_000L, (10_000 % 7) + 2L);
    }

    @Test
    void each_facet_is_counted_as_if_its_own_filter_were_off_and_a_match_failing_two_filters_counts_nowhere()
            throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(FrenchAnalyzer.forIndexing()))) {
                writer.addDocument(
                        ContributionDocument.of(contribution(1, ContributionKind.NEED, "91228", List.of(10L), null)));
                writer.addDocument(ContributionDocument.of(
                        contribution(2, ContributionKind.NEED, "2A004", List.of(10L, 11L), AnswerStatus.RETAINED)));
                writer.commit(); // two segments: counts add up across them
                writer.addDocument(ContributionDocument.of(
                        contribution(3, ContributionKind.PROPOSAL, "91228", List.of(11L), null)));
                writer.addDocument(
                        ContributionDocument.of(contribution(4, ContributionKind.PROPOSAL, null, List.of(), null)));
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Set<SearchFacet> shown = EnumSet.allOf(SearchFacet.class);

                FacetCounter.Counted all = FacetCounter.count(searcher, new MatchAllDocsQuery(), Map.of(), shown);
                assertThat(all.total()).isEqualTo(4);
                assertThat(all.counts().get(SearchFacet.KIND))
                        .containsExactly(Map.entry("NEED", 2L), Map.entry("PROPOSAL", 2L));
                assertThat(all.counts().get(SearchFacet.COMMUNE))
                        .as("equal counts in the order of their codes")
                        .containsExactly(Map.entry("91228", 2L), Map.entry("NONE", 1L), Map.entry("2A004", 1L));
                assertThat(all.counts().get(SearchFacet.THEME))
                        .containsExactly(Map.entry("10", 2L), Map.entry("11", 2L));
                assertThat(all.counts().get(SearchFacet.ANSWER))
                        .containsExactly(Map.entry("NONE", 3L), Map.entry("RETAINED", 1L));
                assertThat(all.counts().get(SearchFacet.CONSULTATION)).containsExactly(Map.entry("7", 4L));
                assertThat(all.counts().get(SearchFacet.COUNCIL)).containsExactly(Map.entry("5", 4L));

                FacetCounter.Counted needsInEvry = FacetCounter.count(
                        searcher,
                        new MatchAllDocsQuery(),
                        Map.of(SearchFacet.KIND, Set.of("NEED"), SearchFacet.COMMUNE, Set.of("91228")),
                        shown);
                assertThat(needsInEvry.total()).as("only the first passes both").isEqualTo(1);
                assertThat(needsInEvry.counts().get(SearchFacet.KIND))
                        .as("kinds of the matches in Évry")
                        .containsExactly(Map.entry("NEED", 1L), Map.entry("PROPOSAL", 1L));
                assertThat(needsInEvry.counts().get(SearchFacet.COMMUNE))
                        .as("communes of the needs")
                        .containsExactly(Map.entry("91228", 1L), Map.entry("2A004", 1L));
                assertThat(needsInEvry.counts().get(SearchFacet.THEME))
                        .as("the fourth fails both filters")
                        .containsExactly(Map.entry("10", 1L));

                FacetCounter.Counted theme11 = FacetCounter.count(
                        searcher,
                        new MatchAllDocsQuery(),
                        Map.of(SearchFacet.THEME, Set.of("11"), SearchFacet.CONSULTATION, Set.of("not a number")),
                        shown);
                assertThat(theme11.total())
                        .as("an unknown value matches nothing")
                        .isZero();
            }
        }
    }

    private static IndexedContribution contribution(
            long id, ContributionKind kind, String commune, List<Long> themes, AnswerStatus answer) {
        return new IndexedContribution(
                id,
                7,
                5,
                null,
                kind,
                "Titre " + id,
                "Texte " + id,
                commune,
                ContributionStatus.PUBLISHED,
                Instant.parse("2026-11-01T10:00:00Z"),
                ContributionOrigin.ONLINE,
                null,
                false,
                0,
                answer,
                themes,
                null);
    }
}
