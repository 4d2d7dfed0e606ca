/**
 * The pages that compose every sub-feature of a debate: the debate's page (information, registration, outcome,
 * organiser's tools) and the debates section of a consultation's page. They live here, above the sub-features,
 * so that the debate core never points to a sub-feature.
 */
@NullMarked
package fr.convergences.debate.page;

import org.jspecify.annotations.NullMarked;
