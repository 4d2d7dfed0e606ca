/** Files of the convergence commands: contributions as JSON Lines in, convergences as JSON out. */
package fr.convergences.convergence.io;
