package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.Theme;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Themes on real PostgreSQL: every public contribution placed once, contributors' choices kept, moderators' moves surviving a re-run. */
class ThemeServiceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ThemeService themes = platform.bean(ThemeService.class);
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);
    private ConvergenceFixture fixture;
    private List<Theme> councilThemes;

    @BeforeEach
    void consultation() {
        fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        councilThemes = platform.bean(ConsultationService.class)
                .details(fixture.consultation)
                .themes();
    }

    private Map<Long, ThemeKey> placed() {
        Map<Long, ThemeKey> placed = new java.util.HashMap<>();
        for (ThemeService.ThemeView theme : themes.themes(fixture.consultation)) {
            theme.members()
                    .forEach(member -> assertThat(placed.put(member.contributionId(), theme.key()))
                            .as("placed twice: " + member)
                            .isNull());
        }
        return placed;
    }

    private Set<Long> publicContributions() {
        return new TestSql(platform)
                        .column(
                                "SELECT id FROM contribution WHERE consultation_id = ? AND status = 'PUBLISHED' AND NOT hidden",
                                fixture.consultation)
                        .stream()
                        .map(id -> ((Number) id).longValue())
                        .collect(Collectors.toSet());
    }

    @Test
    void a_computation_places_every_public_contribution_in_exactly_one_theme_and_keeps_the_contributors_choice() {
        convergences.compute(fixture.moderator, fixture.consultation);

        Map<Long, ThemeKey> placed = placed();
        assertThat(placed.keySet()).isEqualTo(publicContributions());
        ThemeKey chosen = ThemeKey.council(councilThemes.get(1).id());
        fixture.doctors.forEach(doctor -> assertThat(placed.get(doctor)).isEqualTo(chosen));
        assertThat(themes.themes(fixture.consultation).stream()
                        .filter(theme -> theme.key().equals(chosen))
                        .findFirst()
                        .orElseThrow()
                        .members())
                .filteredOn(member -> fixture.doctors.contains(member.contributionId()))
                .extracting(ThemeService.Member::placedBy)
                .containsOnly(ThemeService.CONTRIBUTOR);
    }

    @Test
    void a_moderators_move_wins_over_the_engine_at_every_later_run_and_is_audit_logged() {
        themes.compute(fixture.moderator, fixture.consultation);
        long moved = fixture.elderly.getFirst();
        ThemeKey target = ThemeKey.council(councilThemes.getLast().id());
        assertThat(placed().get(moved)).isNotEqualTo(target);

        themes.move(fixture.moderator, moved, target);
        convergences.compute(fixture.moderator, fixture.consultation);
        themes.compute(fixture.moderator, fixture.consultation);

        assertThat(placed().get(moved)).isEqualTo(target);
        assertThat(new TestSql(platform)
                        .count(
                                "SELECT count(*) FROM audit_entry WHERE action = 'theme.move' AND subject_id = ?",
                                String.valueOf(moved)))
                .isEqualTo(1);
    }

    @Test
    void a_move_to_a_theme_of_another_consultation_or_by_a_resident_is_refused_and_changes_nothing() {
        themes.compute(fixture.moderator, fixture.consultation);
        long contribution = fixture.elderly.getFirst();
        ThemeKey before = placed().get(contribution);
        ConvergenceFixture other = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        long foreign = platform.bean(ConsultationService.class)
                .details(other.consultation)
                .themes()
                .getFirst()
                .id();
        Actor resident = TestAccounts.actor(new TestAccounts(platform).create("Habitante"));

        assertThatThrownBy(() -> themes.move(fixture.moderator, contribution, ThemeKey.council(foreign)))
                .isInstanceOf(UserFacingException.class)
                .hasMessageContaining("theme.move.unknown");
        assertThatThrownBy(() -> themes.move(resident, contribution, ThemeKey.OTHER))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> themes.compute(resident, fixture.consultation))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(placed().get(contribution)).isEqualTo(before);
    }

    @Test
    void a_contribution_arriving_after_the_run_is_placed_under_its_theme_and_a_hidden_one_leaves_the_themes() {
        themes.compute(fixture.moderator, fixture.consultation);
        String text = "Il faut davantage de soignants dans les EHPAD pour les personnes âgées dépendantes";
        long late = platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(new TestAccounts(platform).create("Tardive")),
                        fixture.consultation,
                        new ContributionForm(ContributionKind.PROPOSAL, text, text, Set.of(), null))
                .id();

        long started = System.nanoTime();
        assertThat(themes.placeArrivals()).isGreaterThanOrEqualTo(1);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        Map<Long, ThemeKey> placed = placed();
        assertThat(placed).containsKey(late);
        assertThat(placed.get(late))
                .as("placed with the other EHPAD proposals")
                .isEqualTo(placed.get(fixture.elderly.get(1)));
        assertThat(elapsedMillis)
                .as("a late arrival's placement, model included")
                .isLessThan(5_000);

        platform.bean(ModerationService.class).hide(fixture.moderator, late, "Hors sujet");
        assertThat(placed().keySet()).doesNotContain(late).isEqualTo(publicContributions());
        assertThat(new HashSet<>(placed().values())).isNotEmpty();
    }
}
