package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Curation that behaves: merges keep the confirmed side, renames follow their group, dismissals and merges undo. */
class ConvergenceCurationIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);
    private ConvergenceFixture fixture;

    @BeforeEach
    void computed() {
        fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        convergences.compute(fixture.moderator, fixture.consultation);
    }

    private ConvergenceService.ConvergenceView holding(Actor viewer, long contributionId) {
        return convergences.list(viewer, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(member -> member.contributionId() == contributionId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no convergence holds " + contributionId));
    }

    private static Set<Long> ids(ConvergenceService.ConvergenceView view) {
        return Set.copyOf(view.members().stream()
                .map(ConvergenceStore.Member::contributionId)
                .toList());
    }

    @Test
    void merging_a_proposed_group_into_a_confirmed_one_keeps_the_confirmed_label_and_status_and_undo_restores_both() {
        ConvergenceService.ConvergenceView doctors = holding(fixture.moderator, fixture.doctors.getFirst());
        ConvergenceService.ConvergenceView elderly = holding(fixture.moderator, fixture.elderly.getFirst());
        convergences.rename(fixture.moderator, doctors.convergence().id(), "Des médecins près de chez soi");
        convergences.confirm(fixture.moderator, doctors.convergence().id());
        convergences.rename(fixture.moderator, elderly.convergence().id(), "Des soignants en EHPAD");

        // From the small group's card, as moderators did when it went wrong.
        ConvergenceService.Merged merged = convergences.merge(
                fixture.moderator,
                elderly.convergence().id(),
                doctors.convergence().id());

        ConvergenceService.ConvergenceView together = holding(Actor.ANONYMOUS, fixture.elderly.getFirst());
        assertThat(together.convergence().id()).isEqualTo(doctors.convergence().id());
        assertThat(together.convergence().label()).isEqualTo("Des médecins près de chez soi");
        assertThat(together.convergence().status()).isEqualTo(ConvergenceStatus.CONFIRMED);
        assertThat(ids(together)).containsAll(ids(doctors)).containsAll(ids(elderly));

        StoredConvergence restored = convergences.undoMerge(fixture.moderator, merged);

        assertThat(ids(holding(fixture.moderator, fixture.doctors.getFirst()))).isEqualTo(ids(doctors));
        ConvergenceService.ConvergenceView back = holding(fixture.moderator, fixture.elderly.getFirst());
        assertThat(back.convergence().id()).isEqualTo(restored.id());
        assertThat(back.convergence().label()).isEqualTo("Des soignants en EHPAD");
        assertThat(back.convergence().status()).isEqualTo(ConvergenceStatus.PROPOSED);
        assertThat(ids(back)).isEqualTo(ids(elderly));
        assertThat(new TestSql(platform)
                        .count(
                                "SELECT count(*) FROM audit_entry WHERE action IN ('convergence.merge', 'convergence.merge.undo') "
                                        + "AND subject_id = ?",
                                String.valueOf(doctors.convergence().id())))
                .isEqualTo(2);
        assertThatThrownBy(() -> convergences.undoMerge(fixture.moderator, merged))
                .as("a second undo changes nothing")
                .satisfies(
                        e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("convergence.undo.changed"));
    }

    @Test
    void undoing_a_dismissal_gives_back_the_status_and_the_members() {
        ConvergenceService.ConvergenceView doctors = holding(fixture.moderator, fixture.doctors.getFirst());
        long id = doctors.convergence().id();
        convergences.confirm(fixture.moderator, id);
        convergences.dismiss(fixture.moderator, id);
        assertThat(convergences.list(Actor.ANONYMOUS, fixture.consultation, 3))
                .noneMatch(view -> view.convergence().id() == id);

        convergences.undoDismiss(fixture.moderator, id);

        ConvergenceService.ConvergenceView back = holding(Actor.ANONYMOUS, fixture.doctors.getFirst());
        assertThat(back.convergence().id()).isEqualTo(id);
        assertThat(back.convergence().status()).isEqualTo(ConvergenceStatus.CONFIRMED);
        assertThat(back.members())
                .extracting(ConvergenceStore.Member::contributionId)
                .containsExactlyElementsOf(doctors.members().stream()
                        .map(ConvergenceStore.Member::contributionId)
                        .toList());
        assertThat(new TestSql(platform)
                        .count(
                                "SELECT count(*) FROM audit_entry WHERE action = 'convergence.dismiss.undo' AND subject_id = ?",
                                String.valueOf(id)))
                .isEqualTo(1);
        assertThatThrownBy(() -> convergences.undoDismiss(fixture.moderator, id))
                .satisfies(
                        e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("convergence.undo.changed"));
    }

    @Test
    void a_rename_of_a_proposed_group_survives_a_computation_that_changed_its_members() {
        long elderly = holding(fixture.moderator, fixture.elderly.getFirst())
                .convergence()
                .id();
        convergences.rename(fixture.moderator, elderly, "Des soignants en EHPAD");
        String text = "Il faut davantage de personnel soignant dans les EHPAD pour les personnes âgées";
        long late = platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(new TestAccounts(platform).create("Fille d’une résidente")),
                        fixture.consultation,
                        new ContributionForm(ContributionKind.NEED, text, text, Set.of(), null))
                .id();

        convergences.compute(fixture.moderator, fixture.consultation);

        ConvergenceService.ConvergenceView again = holding(fixture.moderator, fixture.elderly.getFirst());
        assertThat(ids(again)).as("the group changed, so did its engine key").contains(late);
        assertThat(again.convergence().label()).isEqualTo("Des soignants en EHPAD");
        assertThat(convergences.list(fixture.moderator, fixture.consultation, 3))
                .extracting(view -> view.convergence().label())
                .filteredOn("Des soignants en EHPAD"::equals)
                .hasSize(1);
    }
}
