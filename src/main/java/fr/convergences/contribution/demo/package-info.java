/** The demo consultation's contributions, some mediated and answered, loaded in demo mode only. */
@NullMarked
package fr.convergences.contribution.demo;

import org.jspecify.annotations.NullMarked;
