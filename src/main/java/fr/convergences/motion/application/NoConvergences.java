package fr.convergences.motion.application;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.util.List;

/** Stands in until the convergence feature provides its catalogue (any other implementation replaces it). */
@Singleton
@Secondary
class NoConvergences implements ConvergenceCatalogue {

    @Override
    public List<ConvergenceRef> of(long consultationId) {
        return List.of();
    }
}
