package fr.convergences.project;

import fr.convergences.motion.model.Motion;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.motion.model.MotionStatus;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A version of the projet is adopted only by the council's own vote on it: a délibération (a decision within the
 * council's remit, unlike an avis addressed to the agency) of the same council, that was adopted. A draft version only.
 */
public final class AdoptionPolicy {

    private AdoptionPolicy() {}

    public static Optional<String> problem(long councilId, VersionStatus version, @Nullable Motion motion) {
        return problem("project.adopt", councilId, version, motion);
    }

    /** The same rule for another document the council adopts (the diagnostic), its messages under that prefix. */
    public static Optional<String> problem(
            String keyPrefix, long councilId, VersionStatus version, @Nullable Motion motion) {
        if (version != VersionStatus.DRAFT) {
            return Optional.of(keyPrefix + ".notDraft");
        }
        if (motion == null || motion.councilId() != councilId) {
            return Optional.of(keyPrefix + ".motionUnknown");
        }
        if (motion.kind() != MotionKind.DELIBERATION) {
            return Optional.of(keyPrefix + ".deliberationOnly");
        }
        if (motion.status() != MotionStatus.ADOPTED) {
            return Optional.of(keyPrefix + ".notAdopted");
        }
        return Optional.empty();
    }
}
