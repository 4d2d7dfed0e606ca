/**
 * Motion's pages: drafting a motion, a sitting and its live roll, the ballot form, results with their tables, the
 * agency's replies, and the public list of decisions.
 */
@NullMarked
package fr.convergences.motion.ui;

import org.jspecify.annotations.NullMarked;
