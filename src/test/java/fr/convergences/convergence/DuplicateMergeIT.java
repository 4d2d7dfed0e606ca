package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A moderator merges a probable duplicate into one voice: both contributions stay, linked; audited; undone by separating them. */
class DuplicateMergeIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);
    private final DuplicateService duplicates = platform.bean(DuplicateService.class);

    private ConvergenceService.ConvergenceView holding(ConvergenceFixture fixture, Actor viewer, long contributionId) {
        return convergences.list(viewer, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(member -> member.contributionId() == contributionId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no convergence holds " + contributionId));
    }

    private static String refusal(Throwable e) {
        return ((UserFacingException) e).messageKey();
    }

    @Test
    void a_merged_duplicate_counts_once_stays_a_member_and_separating_it_restores_the_count() {
        ConvergenceFixture fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        // The same sentence posted again by a second account (a resident and their partner sharing one leaflet).
        String copy = ConvergenceFixture.DOCTORS.getFirst();
        long again = platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(new TestAccounts(platform).create("Conjoint")),
                        fixture.consultation,
                        new ContributionForm(ContributionKind.NEED, copy, copy, Set.of(), "91228"))
                .id();
        convergences.compute(fixture.moderator, fixture.consultation);
        ConvergenceService.ConvergenceView before = holding(fixture, fixture.moderator, again);
        long original = fixture.doctors.getFirst();
        assertThat(before.voices().probableDuplicates()).containsExactly(new DistinctVoices.Duplicate(original, again));
        int voices = before.voices().distinct();

        assertThatThrownBy(() -> duplicates.merge(fixture.doctorAuthors.get(1), original, again))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> duplicates.merge(fixture.moderator, original, fixture.doctors.get(1)))
                .as("paraphrases are two voices")
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("convergence.duplicate.invalid"));
        TestSql sql = new TestSql(platform);
        assertThat(sql.count("SELECT count(*) FROM convergence_duplicate WHERE kept_id = ?", original))
                .isZero();

        long duplicate = duplicates.merge(fixture.moderator, again, original);

        assertThat(duplicate)
                .as("the later one is the duplicate of the earlier")
                .isEqualTo(again);
        ConvergenceService.ConvergenceView merged = holding(fixture, fixture.moderator, again);
        assertThat(merged.voices().distinct()).isEqualTo(voices - 1);
        assertThat(merged.voices().probableDuplicates()).isEmpty();
        assertThat(merged.voices().merged()).containsExactly(new DistinctVoices.Duplicate(original, again));
        assertThat(merged.members())
                .extracting(ConvergenceStore.Member::contributionId)
                .contains(original, again);
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'convergence.duplicate.merge' AND subject_id = ?",
                        String.valueOf(again)))
                .isEqualTo(1);
        assertThatThrownBy(() -> duplicates.merge(fixture.moderator, original, again))
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("convergence.duplicate.already"));

        duplicates.unmerge(fixture.moderator, again);

        ConvergenceService.ConvergenceView separated = holding(fixture, fixture.moderator, again);
        assertThat(separated.voices().distinct()).isEqualTo(voices);
        assertThat(separated.voices().probableDuplicates())
                .containsExactly(new DistinctVoices.Duplicate(original, again));
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'convergence.duplicate.unmerge' AND subject_id = ?",
                        String.valueOf(again)))
                .isEqualTo(1);
        assertThatThrownBy(() -> duplicates.unmerge(fixture.moderator, again))
                .as("a second undo changes nothing")
                .satisfies(e -> assertThat(refusal(e)).isEqualTo("convergence.undo.changed"));
    }
}
