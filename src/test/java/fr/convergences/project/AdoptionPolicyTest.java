package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdoptionPolicyTest {

    private static Motion motion(long council, MotionKind kind, MotionStatus status) {
        return new Motion(
                7L,
                council,
                null,
                kind,
                "Adoption du projet",
                "Texte",
                "Motifs",
                status,
                null,
                1L,
                Instant.EPOCH,
                null,
                null,
                null,
                0L);
    }

    @Test
    void an_adopted_deliberation_of_the_same_council_adopts_the_draft() {
        assertThat(AdoptionPolicy.problem(
                        3, VersionStatus.DRAFT, motion(3, MotionKind.DELIBERATION, MotionStatus.ADOPTED)))
                .isEmpty();
    }

    @Test
    void an_avis_never_adopts_the_projet_even_adopted() {
        assertThat(AdoptionPolicy.problem(3, VersionStatus.DRAFT, motion(3, MotionKind.AVIS, MotionStatus.ADOPTED)))
                .contains("project.adopt.deliberationOnly");
    }

    @Test
    void a_rejected_or_pending_deliberation_does_not_adopt_it() {
        assertThat(AdoptionPolicy.problem(
                        3, VersionStatus.DRAFT, motion(3, MotionKind.DELIBERATION, MotionStatus.REJECTED)))
                .contains("project.adopt.notAdopted");
        assertThat(AdoptionPolicy.problem(
                        3, VersionStatus.DRAFT, motion(3, MotionKind.DELIBERATION, MotionStatus.PUBLISHED)))
                .contains("project.adopt.notAdopted");
    }

    @Test
    void another_councils_deliberation_is_unknown_here() {
        assertThat(AdoptionPolicy.problem(
                        3, VersionStatus.DRAFT, motion(4, MotionKind.DELIBERATION, MotionStatus.ADOPTED)))
                .contains("project.adopt.motionUnknown");
    }

    @Test
    void an_adopted_version_is_not_adopted_again() {
        assertThat(AdoptionPolicy.problem(
                        3, VersionStatus.ADOPTED, motion(3, MotionKind.DELIBERATION, MotionStatus.ADOPTED)))
                .contains("project.adopt.notDraft");
    }
}
