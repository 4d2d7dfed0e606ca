/**
 * Motion's use cases, one transaction each, permission first: drafting and publishing motions, convening and running
 * sittings, opening, casting and closing votes, recording the agency's replies, and the minutes.
 */
@NullMarked
package fr.convergences.motion.application;

import org.jspecify.annotations.NullMarked;
