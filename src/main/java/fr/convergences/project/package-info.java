/**
 * After the vote: the projet territorial de santé of a council (versions adopted by a délibération, then published),
 * its axes and actions (owner, partners, communes, dates, budget, status, progress log, and what each answers), and
 * its public indicators, co-adopted with the users' college and measured over time. The last layer of the
 * dependency direction: it may call every other feature, and none calls it; others learn of it through the
 * application events it publishes ({@link fr.convergences.project.ActionStatusChanged} and the like).
 * <ul>
 *   <li>this package: the records, their repositories, the rules as named policies, the use cases, the demo data;</li>
 *   <li>{@code ui}: the public pages (projet, action, indicators dashboard with its SVG charts) and the council admin's page.</li>
 * </ul>
 */
@NullMarked
package fr.convergences.project;

import org.jspecify.annotations.NullMarked;
