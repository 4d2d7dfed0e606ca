/**
 * Motions and council votes: a council admin drafts a motion (an avis to the regional health agency, a
 * délibération, or an arbitration between options) answering convergences and contributions, convenes
 * sittings, and runs voting sessions (roll-call or secret) whose ballots are counted by small named rules,
 * chained in a hash chain, published with minutes, and verifiable by anyone with {@code verify-session}.
 * <ul>
 *   <li>{@code model}: the rules (quorum, majority, tie, eligibility, substitutes, proxies, recusals, approval,
 *   Schulze), the ballot choices and the tally, pure and unit-tested, and the records the feature stores;</li>
 *   <li>{@code application}: the use cases, one transaction each, permission first;</li>
 *   <li>{@code infrastructure}: storage, the ballot box, the chain sealer, minutes PDF, command, demo data;</li>
 *   <li>{@code ui}: the pages.</li>
 * </ul>
 * See docs/VOTING.md for the rules, the secret-ballot design and its threat model.
 */
@NullMarked
package fr.convergences.motion;

import org.jspecify.annotations.NullMarked;
