/** Files of the convergence commands: contributions as JSON Lines in, convergences as JSON out. */
@NullMarked
package fr.convergences.convergence.io;

import org.jspecify.annotations.NullMarked;
