package fr.convergences.project;

import fr.convergences.identity.Actor;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import fr.convergences.testing.TestPlatform;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo council's projet, as the public sees it: adopted and published, actions in several states, two indicators over two years. */
class ProjectDemoIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void the_demo_projet_is_public_with_actions_in_several_states_and_an_indicator_answering_the_adopted_avis() {
        ProjectPage page = platform.bean(ProjectService.class).page(Actor.ANONYMOUS, "cts-essonne");
        assertThat(page.version().status()).isEqualTo(VersionStatus.PUBLISHED);
        Set<ActionStatus> states = page.axes().stream().flatMap(axis -> axis.actions().stream()).map(ProjectAction::status).collect(Collectors.toSet());
        assertThat(states).contains(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE, ActionStatus.ABANDONED);

        Dashboard dashboard = platform.bean(IndicatorService.class).dashboard(Actor.ANONYMOUS, "cts-essonne");
        assertThat(dashboard.indicators()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.indicator().coAdopted()).isTrue();
            assertThat(entry.territorySeries()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(entry.territorySeries().getFirst().measuredOn()).isBefore(entry.territorySeries().getLast().measuredOn().minusYears(1));
        });

        Indicator answering = dashboard.indicators().stream().map(Dashboard.Entry::indicator).filter(i -> i.actionId() != null).findFirst().orElseThrow();
        ActionPage action = platform.bean(ActionService.class).page(Actor.ANONYMOUS, answering.actionId());
        ActionPage.Link link = action.links().stream().filter(l -> l.kind() == LinkKind.MOTION).findFirst().orElseThrow();
        var motion = platform.bean(MotionService.class).page(Actor.ANONYMOUS, link.targetId()).motion();
        assertThat(motion.kind()).isEqualTo(MotionKind.AVIS);
        assertThat(motion.status()).isEqualTo(MotionStatus.ADOPTED);
    }
}
