/**
 * Motion's rules and records, pure and unit-tested: quorum, majorities, ties, eligibility, substitutes, proxies,
 * recusals, approval and Schulze counts, secrecy in small groups, tabling and draft changes.
 */
@NullMarked
package fr.convergences.motion.model;

import org.jspecify.annotations.NullMarked;
