package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.identity.notification.OutboxDelivery;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.project.diagnostic.DiagnosticDetails;
import fr.convergences.project.diagnostic.DiagnosticService;
import fr.convergences.project.notification.MotionDecisionSweep;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The demo council's projet, as the public sees it: adopted and published, actions in several states, two indicators over
 * two years; and its diagnostic, built from the published synthesis and published.
 */
class ProjectDemoIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void the_demo_projet_is_public_with_actions_in_several_states_and_an_indicator_answering_the_adopted_avis() {
        ProjectDetails page = platform.bean(ProjectService.class).page(Actor.ANONYMOUS, "cts-essonne");
        assertThat(page.version().status()).isEqualTo(VersionStatus.PUBLISHED);
        Set<ActionStatus> states = page.axes().stream()
                .flatMap(axis -> axis.actions().stream())
                .map(ProjectAction::status)
                .collect(Collectors.toSet());
        assertThat(states)
                .contains(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.ABANDONED);

        Dashboard dashboard = platform.bean(IndicatorService.class).dashboard(Actor.ANONYMOUS, "cts-essonne");
        assertThat(dashboard.indicators()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.indicator().coAdopted()).isTrue();
            assertThat(entry.territorySeries()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(entry.territorySeries().getFirst().measuredOn())
                    .isBefore(entry.territorySeries().getLast().measuredOn().minusYears(1));
        });

        Indicator answering = dashboard.indicators().stream()
                .map(Dashboard.Entry::indicator)
                .filter(i -> i.actionId() != null)
                .findFirst()
                .orElseThrow();
        ActionDetails action = platform.bean(ActionService.class).page(Actor.ANONYMOUS, answering.actionId());
        ActionDetails.Link link = action.links().stream()
                .filter(l -> l.kind() == LinkKind.MOTION)
                .findFirst()
                .orElseThrow();
        var motion = platform.bean(MotionService.class)
                .page(Actor.ANONYMOUS, link.targetId())
                .motion();
        assertThat(motion.kind()).isEqualTo(MotionKind.AVIS);
        assertThat(motion.status()).isEqualTo(MotionStatus.ADOPTED);
    }

    @Test
    void the_residents_behind_the_contributions_the_demo_avis_answers_are_told_of_each_step() {
        TestSql sql = new TestSql(platform);
        long avis = ((Number) sql.column(
                                "SELECT min(id) FROM motion WHERE kind = 'AVIS' AND status = 'ADOPTED' AND council_id = "
                                        + "(SELECT id FROM council WHERE slug = 'cts-essonne')")
                        .getFirst())
                .longValue();
        List<Long> residents = sql.column("""
                SELECT c.author_account_id FROM motion_contribution mc JOIN contribution c ON c.id = mc.contribution_id
                WHERE mc.motion_id = ? AND c.author_account_id IS NOT NULL
                UNION SELECT s.account_id FROM motion_contribution mc JOIN contribution_support s ON s.contribution_id = mc.contribution_id
                WHERE mc.motion_id = ?""", avis, avis).stream()
                .map(id -> ((Number) id).longValue())
                .toList();
        assertThat(residents)
                .as("the demo avis answers contributions of residents with accounts")
                .isNotEmpty();
        String title = (String)
                sql.column("SELECT title FROM motion WHERE id = ?", avis).getFirst();
        String indicator = (String)
                sql.column("SELECT name FROM project_indicator WHERE action_id IS NOT NULL ORDER BY id LIMIT 1")
                        .getFirst();

        // As the scheduled jobs of a running demo do within seconds of its start.
        for (int tries = 0; tries < 20 && !allTold(sql, residents, indicator); tries++) {
            platform.bean(MotionDecisionSweep.class).sweep();
            platform.bean(OutboxDelivery.class).runOnce();
        }

        for (long resident : residents) {
            assertThat(sql.column(
                            "SELECT title FROM notification WHERE account_id = ? AND kind = 'FOLLOW_UP'", resident))
                    .as("resident %d", resident)
                    .map(String.class::cast)
                    .anySatisfy(told -> assertThat(told).contains("adopté", title))
                    .anySatisfy(told -> assertThat(told).contains("agence", title))
                    .anySatisfy(told -> assertThat(told).contains("Action lancée"))
                    .anySatisfy(told -> assertThat(told).contains(indicator));
        }
    }

    @Test
    void the_demo_council_publishes_its_diagnostic_built_from_the_published_synthesis_and_adopted_by_a_deliberation()
            throws InterruptedException {
        DiagnosticService diagnostics = platform.bean(DiagnosticService.class);
        // Built in the background once the demo's convergences are computed, a few seconds after the start.
        DiagnosticDetails page = diagnostics.page(Actor.ANONYMOUS, "cts-essonne", null);
        for (int tries = 0; tries < 240 && page.isEmpty(); tries++) {
            Thread.sleep(500);
            page = diagnostics.page(Actor.ANONYMOUS, "cts-essonne", null);
        }
        assertThat(page.isEmpty()).as("the demo diagnostic is published").isFalse();
        assertThat(page.shown().version().status()).isEqualTo(VersionStatus.PUBLISHED);
        assertThat(page.published())
                .extracting(DiagnosticDetails.Published::number)
                .containsExactly(1);
        assertThat(page.shown().sections())
                .isNotEmpty()
                .allSatisfy(section -> assertThat(section.needs()).isNotEmpty());
        assertThat(page.shown().sections().stream().flatMap(section -> section.needs().stream()))
                .anySatisfy(need -> assertThat(need.quoteShown()).isTrue());
        assertThat(page.shown().priorities()).hasSize(2);
        assertThat(page.shown().figures().rows()).isNotEmpty();
        assertThat(page.shown().figures().sources())
                .allSatisfy(source -> assertThat(source).contains("démonstration"));
        var motion = platform.bean(MotionService.class)
                .page(Actor.ANONYMOUS, page.shown().version().adoptedByMotionId())
                .motion();
        assertThat(motion.kind()).isEqualTo(MotionKind.DELIBERATION);
        assertThat(motion.status()).isEqualTo(MotionStatus.ADOPTED);
    }

    private static boolean allTold(TestSql sql, List<Long> residents, String indicator) {
        return residents.stream()
                .allMatch(resident -> sql.count(
                                "SELECT count(*) FROM notification WHERE account_id = ? AND kind = 'FOLLOW_UP' "
                                        + "AND title LIKE ?",
                                resident,
                                "%" + indicator + "%")
                        > 0);
    }
}
