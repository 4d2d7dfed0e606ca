/**
 * Motion's storage and machinery: repositories and hand-written SQL, the sealed ballot box and its mixer, the chain
 * sealer, the minutes PDF, the calendar file.
 */
@NullMarked
package fr.convergences.motion.infrastructure;

import org.jspecify.annotations.NullMarked;
