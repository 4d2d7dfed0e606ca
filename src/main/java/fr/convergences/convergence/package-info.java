/**
 * Convergences: groups of contributions that voice the same need or proposal from different sources. The pure
 * engine lives in {@code engine} (no database, no server) so that the {@code converge} command and the
 * application share it. The pages (views, panels, download controllers) live in {@code ui}, above the services
 * and stores here.
 */
@NullMarked
package fr.convergences.convergence;

import org.jspecify.annotations.NullMarked;
