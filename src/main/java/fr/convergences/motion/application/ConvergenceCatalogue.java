package fr.convergences.motion.application;

import fr.convergences.base.StoredId;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.StoredConvergence;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * The convergences a motion can answer: the confirmed ones of a consultation (proposed ones are the machine's
 * suggestion, not yet something a council stands behind). Motions store the ids and the titles they had when
 * linked, so that a later merge or split of the convergence never changes what was voted.
 */
@Singleton
public class ConvergenceCatalogue {

    /** A convergence as a motion links to it: its id, its title, and the page that shows it. */
    public record ConvergenceRef(long id, String title, String path) {}

    private final ConvergenceService convergences;

    ConvergenceCatalogue(ConvergenceService convergences) {
        this.convergences = convergences;
    }

    /** The confirmed convergences of a consultation, that a motion of its council may answer. */
    public List<ConvergenceRef> of(long consultationId) {
        return convergences.confirmed(consultationId).stream()
                .map(ConvergenceCatalogue::ref)
                .toList();
    }

    /** A confirmed convergence by id with its consultation, for "propose as a motion". */
    public Optional<StoredConvergence> confirmedById(long convergenceId) {
        return convergences.confirmedById(convergenceId);
    }

    private static ConvergenceRef ref(StoredConvergence convergence) {
        return new ConvergenceRef(
                StoredId.of(convergence.id()),
                convergence.label(),
                "consultations/" + convergence.consultationId() + "/convergences#convergence-" + convergence.id());
    }
}
