package fr.convergences.contribution;

import java.util.Set;

/** What a person writes: the kind, a title, the text, themes of the consultation, and optionally their commune. */
public record ContributionForm(ContributionKind kind, String title, String body, Set<Long> themeIds, String communeInsee) {
}
