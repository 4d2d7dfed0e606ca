package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ScaleCorpusTest {

    private static final ScaleCorpus CORPUS = new ScaleCorpus(ScaleCorpus.DEFAULT_SEED);
    private static final List<ScaleCorpus.Contribution> SAMPLE =
            IntStream.range(0, 20_000).mapToObj(CORPUS::contribution).toList();

    @Test
    void the_same_seed_and_number_give_the_same_contribution_whatever_else_was_generated() {
        ScaleCorpus again = new ScaleCorpus(ScaleCorpus.DEFAULT_SEED);
        for (int ordinal : new int[] {0, 1, 17, 12_345, 1_999_999}) {
            ScaleCorpus.Contribution first = CORPUS.contribution(ordinal);
            ScaleCorpus.Contribution second = again.contribution(ordinal);
            assertThat(second).usingRecursiveComparison().isEqualTo(first);
        }
        assertThat(new ScaleCorpus(7).contribution(12_345).body())
                .isNotEqualTo(CORPUS.contribution(12_345).body());
    }

    @Test
    void texts_vary_like_people_writing_the_same_idea_again_and_respect_the_columns_limits() {
        Set<String> bodies = new HashSet<>();
        SAMPLE.forEach(c -> bodies.add(c.body()));
        assertThat(bodies.size()).as("mostly distinct texts").isGreaterThan(SAMPLE.size() * 8 / 10);
        assertThat(SAMPLE).allSatisfy(c -> {
            assertThat(c.title()).isNotBlank().hasSizeLessThanOrEqualTo(150);
            assertThat(c.body()).isNotBlank().hasSizeLessThanOrEqualTo(3000);
        });
        assertThat(SAMPLE.stream().filter(c -> c.body().length() > 400).count())
                .as("some long contributions")
                .isGreaterThan(SAMPLE.size() / 20);
        assertThat(SAMPLE.stream()
                        .filter(c ->
                                c.body().contains("Il faudrait") || c.body().contains("Je propose de"))
                        .count())
                .as("rephrased openings")
                .isGreaterThan(SAMPLE.size() / 40);
        assertThat(SAMPLE.stream()
                        .filter(c -> c.body().contains("sante")
                                || c.body().contains("hopital")
                                || c.body().contains("ecolog"))
                        .count())
                .as("accents dropped")
                .isPositive();
    }

    @Test
    void territories_councils_and_values_are_spread_as_on_a_real_platform() {
        Map<Integer, Long> byTerritory =
                SAMPLE.stream().collect(Collectors.groupingBy(c -> c.territory().index(), Collectors.counting()));
        assertThat(byTerritory).hasSize(ScaleCorpus.TERRITORIES);
        long largest =
                byTerritory.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long smallest =
                byTerritory.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(largest)
                .as("a large territory holds many times a small one's")
                .isGreaterThan(smallest * 10);
        Map<String, Long> kinds =
                SAMPLE.stream().collect(Collectors.groupingBy(ScaleCorpus.Contribution::kind, Collectors.counting()));
        assertThat(kinds.keySet()).containsExactlyInAnyOrder("NEED", "PROPOSAL", "TESTIMONY");
        Map<String, Long> statuses =
                SAMPLE.stream().collect(Collectors.groupingBy(ScaleCorpus.Contribution::status, Collectors.counting()));
        assertThat(statuses.get("PUBLISHED")).isGreaterThan(SAMPLE.size() * 9L / 10);
        assertThat(statuses).containsKeys("DRAFT", "WITHDRAWN");
        assertThat(SAMPLE.stream().filter(ScaleCorpus.Contribution::hidden).count())
                .isPositive();
        assertThat(SAMPLE.stream().filter(c -> c.answer() != null).count())
                .isBetween(SAMPLE.size() / 10L, SAMPLE.size() / 3L);
        assertThat(SAMPLE.stream()
                        .mapToInt(ScaleCorpus.Contribution::supports)
                        .max()
                        .orElseThrow())
                .as("a heavy tail")
                .isGreaterThan(100);
        assertThat(SAMPLE.stream().filter(c -> c.supports() == 0).count()).isGreaterThan(SAMPLE.size() / 10L);
        Map<String, Long> communes = SAMPLE.stream()
                .filter(c -> c.commune() != null)
                .collect(Collectors.groupingBy(ScaleCorpus.Contribution::commune, Collectors.counting()));
        assertThat(communes.keySet()).allMatch(code -> code.matches("[0-8][0-9][0-9]{3}"));
        assertThat(SAMPLE.stream().filter(c -> c.themes().length > 0).count()).isGreaterThan(SAMPLE.size() / 2L);
        assertThat(SAMPLE.stream().filter(c -> c.publishedAt() != null).map(ScaleCorpus.Contribution::publishedAt))
                .allMatch(at -> at.isBefore(ScaleCorpus.EPOCH.plusSeconds(86_400 * 30L)));
        Map<Integer, Long> perProposal = SAMPLE.stream()
                .collect(Collectors.groupingBy(ScaleCorpus.Contribution::proposalId, Collectors.counting()));
        assertThat(perProposal.values().stream()
                        .mapToLong(Long::longValue)
                        .max()
                        .orElseThrow())
                .as("popular ideas repeated")
                .isGreaterThan(3);
        assertThat(perProposal.size()).as("and many ideas once").isGreaterThan(5_000);
        assertThat(SAMPLE.stream().map(ScaleCorpus.Contribution::origin).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("ONLINE", "MEDIATED", "DEBATE", "PAPER", "IMPORTED");
    }

    @Test
    void synonyms_of_the_platform_list_are_swapped_in() {
        // "hôpital" has synonyms in the list (centre hospitalier, chu…): some rewrites of hospital proposals use them.
        long swapped = SAMPLE.stream()
                .map(ScaleCorpus.Contribution::body)
                .filter(body -> body.contains("centre hospitalier")
                        || body.contains("Centre hospitalier")
                        || body.contains("chu ")
                        || body.contains("CHU")
                        || body.contains("généraliste")
                        || body.contains("maison de retraite"))
                .count();
        assertThat(swapped).isPositive();
    }
}
