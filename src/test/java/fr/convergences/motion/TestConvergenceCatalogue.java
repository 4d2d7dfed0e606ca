package fr.convergences.motion;

import fr.convergences.motion.application.ConvergenceCatalogue;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Test-only convergences, until the convergence feature provides the real catalogue: every consultation
 * offers the same two fixed convergences, so that tests can link a motion to a convergence through the UI.
 */
@Singleton
@Requires(env = "test")
public class TestConvergenceCatalogue implements ConvergenceCatalogue {

    public static final ConvergenceRef EVENING_CARE = new ConvergenceRef(910001, "Soins non programmés le soir et le week-end", "convergences/910001");
    public static final ConvergenceRef TRANSPORT = new ConvergenceRef(910002, "Transports vers les lieux de soins", "convergences/910002");

    @Override
    public List<ConvergenceRef> of(long consultationId) {
        return List.of(EVENING_CARE, TRANSPORT);
    }
}
