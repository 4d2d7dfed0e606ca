package fr.convergences.motion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.convergence.ConvergenceFixture;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.StoredConvergence;
import fr.convergences.motion.application.MotionForm;
import fr.convergences.motion.application.MotionService;
import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A motion answers the convergences its council's curators confirmed, and keeps the title it linked. */
class MotionConvergenceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final MotionService motions = platform.bean(MotionService.class);
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);

    private MotionForm answering(ConvergenceFixture fixture, long convergenceId) {
        return new MotionForm(
                fixture.consultation,
                MotionKind.AVIS,
                "Avis sur les médecins généralistes",
                "Le conseil demande…",
                "Des habitants de quatre communes le disent.",
                List.of(),
                List.of(),
                Set.of(),
                Set.of(convergenceId));
    }

    @Test
    void
            only_a_confirmed_convergence_of_the_consultation_can_be_answered_and_the_motion_keeps_its_title_after_a_rename() {
        ConvergenceFixture fixture = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        assertThat(convergences.compute(fixture.admin, fixture.consultation)).isGreaterThan(0);
        StoredConvergence proposed = convergences
                .list(fixture.admin, fixture.consultation, 0)
                .getFirst()
                .convergence();

        assertThat(motions.convergencesOf(fixture.consultation)).isEmpty();
        assertThatThrownBy(() -> motions.draft(fixture.admin, fixture.council, answering(fixture, proposed.id())))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("motion.convergence.unknown");

        convergences.confirm(fixture.moderator, proposed.id());
        assertThat(motions.convergencesOf(fixture.consultation))
                .extracting(ref -> ref.id())
                .containsExactly(proposed.id());
        Motion motion = motions.draft(fixture.admin, fixture.council, answering(fixture, proposed.id()));

        convergences.rename(fixture.moderator, proposed.id(), "Un autre intitulé");
        assertThat(new TestSql(platform)
                        .column("SELECT title FROM motion_convergence WHERE motion_id = ?", motion.id()))
                .containsExactly(proposed.label());
    }

    @Test
    void a_confirmed_convergence_of_another_consultation_is_refused() {
        ConvergenceFixture here = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        ConvergenceFixture elsewhere = new ConvergenceFixture(
                platform, new TestCouncils(platform).create().id());
        convergences.compute(elsewhere.admin, elsewhere.consultation);
        long other = convergences
                .list(elsewhere.admin, elsewhere.consultation, 0)
                .getFirst()
                .convergence()
                .id();
        convergences.confirm(elsewhere.moderator, other);

        assertThatThrownBy(() -> motions.draft(here.admin, here.council, answering(here, other)))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("motion.convergence.unknown");
    }
}
