/**
 * Motion's entry points from outside a request: the {@code verify-session} command and the demo council's decisions.
 * They drive the use cases (application) as a page would, so they sit above it; nothing below reaches them.
 */
@NullMarked
package fr.convergences.motion.entry;

import org.jspecify.annotations.NullMarked;
