/** The demo debates, with registrations and an outcome, loaded in demo mode only. */
@NullMarked
package fr.convergences.debate.demo;

import org.jspecify.annotations.NullMarked;
