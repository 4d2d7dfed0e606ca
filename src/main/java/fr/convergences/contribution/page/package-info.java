/**
 * The pages that compose every sub-feature of a contribution: a consultation's public page (its form, drafts,
 * figures and list) and a contribution's page (author, history, discussion, answer, moderation). They live here,
 * above the sub-features, so that the core never points to a sub-feature. A consultation's page is a
 * contribution page: the consultation feature sits left of contribution and cannot show contributions.
 */
@NullMarked
package fr.convergences.contribution.page;

import org.jspecify.annotations.NullMarked;
