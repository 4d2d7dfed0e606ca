package fr.convergences.convergence;

import fr.convergences.convergence.engine.ConvergenceEngine;
import fr.convergences.convergence.engine.ConvergenceEngines;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The application uses the same engine, with the same settings, as the {@code converge} command. */
@Factory
class ConvergenceEngineFactory {

    @Singleton
    ConvergenceEngine engine() {
        return ConvergenceEngines.standard();
    }
}
