package fr.convergences.convergence;

import io.micronaut.core.annotation.Nullable;

/**
 * Which theme: a council's ({@code theme:12}), one the engine proposed ({@code proposal:3}), or "Autres propositions"
 * ({@code autres}). The text form travels through pages and the synthesis's stored structure.
 */
public record ThemeKey(
        @Nullable Long councilThemeId, @Nullable Long proposalId) {

    public static final ThemeKey OTHER = new ThemeKey(null, null);

    public static ThemeKey council(long id) {
        return new ThemeKey(id, null);
    }

    public static ThemeKey proposed(long id) {
        return new ThemeKey(null, id);
    }

    public boolean isOther() {
        return councilThemeId == null && proposalId == null;
    }

    @Override
    public String toString() {
        return councilThemeId != null
                ? "theme:" + councilThemeId
                : proposalId != null ? "proposal:" + proposalId : "autres";
    }

    /** The key written by {@link #toString()}; anything else is "Autres propositions"'s key only when it says so. */
    public static ThemeKey parse(String text) {
        if (text == null || text.equals("autres")) {
            return OTHER;
        }
        if (text.startsWith("theme:")) {
            return council(Long.parseLong(text.substring(6)));
        }
        if (text.startsWith("proposal:")) {
            return proposed(Long.parseLong(text.substring(9)));
        }
        throw new IllegalArgumentException("Not a theme key: " + text);
    }
}
