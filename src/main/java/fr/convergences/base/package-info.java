/**
 * What every feature shares: the web server, layout and navigation, messages in French and English,
 * database plumbing, demo mode and the command line.
 */
@NullMarked
package fr.convergences.base;

import org.jspecify.annotations.NullMarked;
