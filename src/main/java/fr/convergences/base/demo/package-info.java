/**
 * Demo mode: an embedded database filled with a believable council, so that the platform can be tried in one command.
 * Each feature contributes its own {@code DemoData}.
 */
@NullMarked
package fr.convergences.base.demo;

import org.jspecify.annotations.NullMarked;
