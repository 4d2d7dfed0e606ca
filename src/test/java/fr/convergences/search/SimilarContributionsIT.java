package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.SimilarContributions;
import fr.convergences.identity.Account;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A consultation holding the first thousand real proposals of the Make.org corpus. */
class SimilarContributionsIT {

    private static final TestPlatform platform = TestPlatform.shared();
    private static SearchFixture fixture;
    private static Map<Integer, Long> byCorpusId;
    private static Account writer;
    private final SimilarContributions similar = platform.bean(SimilarContributions.class);

    @BeforeAll
    static void corpus() {
        fixture = new SearchFixture(platform);
        writer = new TestAccounts(platform).create("Rédactrice");
        List<CorpusContributions.Proposal> proposals = CorpusContributions.read(1000);
        List<Long> ids = CorpusContributions.insert(
                platform.bean(SearchDatabase.class), fixture.consultation.id(), proposals, null);
        byCorpusId = proposals.stream()
                .collect(Collectors.toMap(
                        CorpusContributions.Proposal::id, proposal -> ids.get(proposals.indexOf(proposal))));
        fixture.sql.update(
                "UPDATE contribution SET author_account_id = ? WHERE id = ?", writer.id(), byCorpusId.get(847));
        fixture.awaitIndexed();
    }

    private List<Long> similarTo(String text) {
        return similar.similarTo(fixture.consultation.id(), text, 5).stream()
                .map(SimilarContributions.Match::contributionId)
                .toList();
    }

    @Test
    void a_paraphrase_finds_its_original_among_a_thousand_proposals() {
        // 8: "Il faut favoriser le recours aux circuits courts de distribution alimentaire"
        assertThat(similarTo("Encourager la distribution de l’alimentation en circuit court"))
                .hasSizeLessThanOrEqualTo(5)
                .contains(byCorpusId.get(8));
        // 847: "Il faut redonner de vrais moyens aux Hôpitaux et anticiper les épidémies"
        assertThat(similarTo("Donner plus de moyens à l’hôpital pour se préparer à une épidémie"))
                .contains(byCorpusId.get(847));
        // 141: "Il faut sauver l'hôpital public: mieux rémunérer les personnels, attribuer plus de crédits pour ne pas
        // fermer de lits..."
        assertThat(similarTo("Arrêter de fermer des lits à l’hôpital public")).contains(byCorpusId.get(141));
    }

    @Test
    void the_writers_own_contribution_carries_their_account_so_the_form_can_label_it() {
        List<SimilarContributions.Match> matches = similar.similarTo(
                fixture.consultation.id(), "Donner plus de moyens à l’hôpital pour se préparer à une épidémie", 5);
        Map<Long, SimilarContributions.Match> byId = matches.stream()
                .collect(Collectors.toMap(SimilarContributions.Match::contributionId, Function.identity()));
        assertThat(byId.get(byCorpusId.get(847)).authorAccountId()).isEqualTo(writer.id());
        assertThat(matches)
                .filteredOn(match -> match.contributionId() != byCorpusId.get(847))
                .extracting(SimilarContributions.Match::authorAccountId)
                .containsOnlyNulls();
        assertThat(matches).allSatisfy(match -> assertThat(match.excerpt()).isNotBlank());
    }

    @Test
    void only_the_consultations_visible_contributions_are_proposed() {
        SearchFixture other = new SearchFixture(platform);
        long elsewhere = other.contribution(
                        "Circuits courts alimentaires", "Favoriser les circuits courts de distribution alimentaire")
                .save();
        long hidden = fixture.contribution(
                        "Circuits courts alimentaires", "Favoriser les circuits courts de distribution alimentaire")
                .hidden()
                .save();
        long draft = fixture.contribution(
                        "Circuits courts alimentaires", "Favoriser les circuits courts de distribution alimentaire")
                .status("DRAFT")
                .save();
        fixture.awaitIndexed();

        assertThat(similarTo("circuits courts de distribution alimentaire"))
                .hasSize(5)
                .doesNotContain(elsewhere, hidden, draft);
        assertThat(similarTo("")).isEmpty();
        assertThat(similarTo("\" ( ) * le la de")).isEmpty();
    }
}
