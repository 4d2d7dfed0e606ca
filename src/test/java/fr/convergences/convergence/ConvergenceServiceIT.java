package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConvergenceServiceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);
    private ConvergenceFixture fixture;

    @BeforeEach
    void consultation() {
        fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
    }

    private ConvergenceService.ConvergenceView holding(long contributionId) {
        return convergences.list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(member -> member.contributionId() == contributionId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no convergence holds " + contributionId));
    }

    private static List<Long> ids(ConvergenceService.ConvergenceView view) {
        return view.members().stream()
                .map(ConvergenceStore.Member::contributionId)
                .toList();
    }

    @Test
    void the_same_need_voiced_by_different_residents_becomes_a_proposed_convergence_with_its_figures() {
        assertThat(convergences.compute(fixture.moderator, fixture.consultation))
                .isGreaterThanOrEqualTo(2);

        ConvergenceService.ConvergenceView doctors = holding(fixture.doctors.getFirst());
        assertThat(ids(doctors))
                .containsAll(fixture.doctors.subList(0, 3))
                .doesNotContainAnyElementsOf(fixture.elderly);
        assertThat(doctors.convergence().status()).isEqualTo(ConvergenceStatus.PROPOSED);
        assertThat(doctors.convergence().sources()).isEqualTo(doctors.members().size());
        assertThat(doctors.convergence().communes()).isGreaterThanOrEqualTo(3);
        assertThat(doctors.theme()).isNotNull();
        String label = doctors.convergence().label();
        assertThat(label.split(" ")).as("a phrase, not a list of stems").hasSizeGreaterThanOrEqualTo(4);
        assertThat(ConvergenceFixture.DOCTORS)
                .as("in the members' own words")
                .anyMatch(text -> text.toLowerCase().contains(label.toLowerCase()));
        assertThat(convergences.list(Actor.ANONYMOUS, fixture.consultation, 3))
                .as("the public sees confirmed ones only")
                .isEmpty();
    }

    @Test
    void a_confirmed_and_renamed_convergence_survives_a_new_computation_and_a_dismissed_one_is_not_proposed_again() {
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors = holding(fixture.doctors.getFirst()).convergence().id();
        long elderly = holding(fixture.elderly.getFirst()).convergence().id();
        convergences.rename(fixture.moderator, doctors, "Des médecins généralistes dans les déserts médicaux");
        convergences.confirm(fixture.moderator, doctors);
        convergences.dismiss(fixture.moderator, elderly);

        convergences.compute(fixture.moderator, fixture.consultation);

        ConvergenceService.ConvergenceView kept = holding(fixture.doctors.getFirst());
        assertThat(kept.convergence().id()).isEqualTo(doctors);
        assertThat(kept.convergence().label()).isEqualTo("Des médecins généralistes dans les déserts médicaux");
        assertThat(convergences.list(fixture.moderator, fixture.consultation, 3))
                .noneMatch(view -> ids(view).contains(fixture.elderly.getFirst()));
        assertThat(convergences.list(Actor.ANONYMOUS, fixture.consultation, 3))
                .extracting(view -> view.convergence().id())
                .containsExactly(doctors);
        assertThat(new TestSql(platform)
                        .count(
                                "SELECT count(*) FROM audit_entry WHERE action IN ('convergence.confirm', 'convergence.dismiss', "
                                        + "'convergence.rename') AND subject_id IN (?, ?)",
                                String.valueOf(doctors),
                                String.valueOf(elderly)))
                .isEqualTo(3);
    }

    @Test
    void moderators_merge_and_split_convergences() {
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors = holding(fixture.doctors.getFirst()).convergence().id();
        long elderly = holding(fixture.elderly.getFirst()).convergence().id();
        int total = holding(fixture.doctors.getFirst()).members().size()
                + holding(fixture.elderly.getFirst()).members().size();

        convergences.merge(fixture.moderator, doctors, elderly);
        assertThat(holding(fixture.elderly.getFirst()).convergence().id()).isEqualTo(doctors);
        assertThat(holding(fixture.doctors.getFirst()).members()).hasSize(total);

        long split = convergences
                .split(fixture.moderator, doctors, Set.copyOf(fixture.elderly.subList(0, 2)))
                .id();
        assertThat(holding(fixture.elderly.getFirst()).convergence().id()).isEqualTo(split);
        assertThat(holding(fixture.doctors.getFirst()).convergence().id()).isEqualTo(doctors);
        assertThatThrownBy(
                        () -> convergences.split(fixture.moderator, split, Set.copyOf(fixture.elderly.subList(0, 2))))
                .satisfies(
                        e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("convergence.split.invalid"));
    }

    @Test
    void only_moderators_and_council_admins_curate_and_a_refusal_changes_nothing() {
        convergences.compute(fixture.admin, fixture.consultation);
        long doctors = holding(fixture.doctors.getFirst()).convergence().id();
        Actor resident = TestAccounts.actor(new TestAccounts(platform).create("Résident"));
        TestSql sql = new TestSql(platform);
        String before = sql.column(
                        "SELECT string_agg(id || label || status, '|' ORDER BY id) FROM convergence WHERE consultation_id = ?",
                        fixture.consultation)
                .getFirst()
                .toString();

        assertThatThrownBy(() -> convergences.compute(resident, fixture.consultation))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> convergences.confirm(resident, doctors)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> convergences.rename(Actor.ANONYMOUS, doctors, "Piraté"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(sql.column(
                                "SELECT string_agg(id || label || status, '|' ORDER BY id) FROM convergence WHERE consultation_id = ?",
                                fixture.consultation)
                        .getFirst()
                        .toString())
                .isEqualTo(before);
    }

    @Test
    void a_contribution_shows_its_convergence_to_the_public_once_confirmed() {
        convergences.compute(fixture.moderator, fixture.consultation);
        long doctors = holding(fixture.doctors.getFirst()).convergence().id();
        long member = fixture.doctors.getFirst();

        assertThat(convergences.convergenceOf(Actor.ANONYMOUS, member)).isEmpty();
        assertThat(convergences.convergenceOf(fixture.moderator, member)).isPresent();
        convergences.confirm(fixture.moderator, doctors);
        assertThat(convergences.convergenceOf(Actor.ANONYMOUS, member))
                .hasValueSatisfying(
                        belonging -> assertThat(belonging.convergenceId()).isEqualTo(doctors));
    }
}
