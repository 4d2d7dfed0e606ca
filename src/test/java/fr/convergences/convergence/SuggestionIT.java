package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionOrigin;
import fr.convergences.contribution.mediation.AgeBand;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contributions arriving after clustering are offered to the confirmed convergence they match, for a moderator to decide. */
class SuggestionIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);
    private final SuggestionService suggestions = platform.bean(SuggestionService.class);
    private ConvergenceFixture fixture;
    private long doctors;

    @BeforeEach
    void confirmed() {
        fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        convergences.compute(fixture.moderator, fixture.consultation);
        doctors = convergences.list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(m -> m.contributionId() == fixture.doctors.getFirst()))
                .findFirst()
                .orElseThrow()
                .convergence()
                .id();
        convergences.confirm(fixture.moderator, doctors);
    }

    static long typeInPaperForm(TestPlatform platform, ConvergenceFixture fixture, String text) {
        return platform.bean(MediationService.class)
                .collect(
                        fixture.admin,
                        fixture.consultation,
                        new MediationForm(
                                new ContributionForm(ContributionKind.NEED, text, text, Set.of(), null),
                                "Marché de Dourdan",
                                null,
                                true,
                                null,
                                AgeBand.FROM_60_TO_74),
                        ContributionOrigin.PAPER)
                .id();
    }

    @Test
    void a_paper_contribution_typed_in_after_clustering_is_offered_to_its_convergence_and_accepted() {
        long paper =
                typeInPaperForm(platform, fixture, "Il faut plus de médecins généralistes dans nos déserts médicaux");
        long unrelated = typeInPaperForm(platform, fixture, "Repeindre la salle des fêtes en bleu");

        suggestions.examineArrivals();

        assertThat(suggestions.pending(fixture.moderator, fixture.consultation))
                .extracting(SuggestionStore.Suggestion::contributionId)
                .containsExactly(paper);
        assertThat(suggestions
                        .pending(fixture.moderator, fixture.consultation)
                        .getFirst()
                        .convergenceId())
                .isEqualTo(doctors);
        assertThat(suggestions.pending(Actor.ANONYMOUS, fixture.consultation))
                .as("for moderators only")
                .isEmpty();
        assertThatThrownBy(() ->
                        suggestions.accept(TestAccounts.actor(new TestAccounts(platform).create("Curieux")), paper))
                .isInstanceOf(AccessDeniedException.class);

        suggestions.accept(fixture.moderator, paper);

        assertThat(convergences
                        .list(Actor.ANONYMOUS, fixture.consultation, 3)
                        .getFirst()
                        .members())
                .extracting(ConvergenceStore.Member::contributionId)
                .contains(paper)
                .doesNotContain(unrelated);
        assertThat(suggestions.pending(fixture.moderator, fixture.consultation)).isEmpty();
        assertThat(new TestSql(platform)
                        .count(
                                "SELECT count(*) FROM audit_entry WHERE action = 'convergence.suggestion.accept' AND subject_id = ?",
                                String.valueOf(doctors)))
                .isEqualTo(1);
        assertThatThrownBy(() -> suggestions.accept(fixture.moderator, paper))
                .satisfies(e ->
                        assertThat(((UserFacingException) e).messageKey()).isEqualTo("convergence.suggestion.unknown"));
    }

    @Test
    void a_refused_offer_is_not_made_again() {
        long paper = typeInPaperForm(
                platform, fixture, "Davantage de médecins généralistes dans les déserts médicaux du sud");
        suggestions.examineArrivals();

        suggestions.refuse(fixture.moderator, paper);
        suggestions.examineArrivals();

        assertThat(suggestions.pending(fixture.moderator, fixture.consultation)).isEmpty();
        assertThat(convergences.list(fixture.moderator, fixture.consultation, 3))
                .noneMatch(view -> view.members().stream().anyMatch(member -> member.contributionId() == paper));
    }
}
