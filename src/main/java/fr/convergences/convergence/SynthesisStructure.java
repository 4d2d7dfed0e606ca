package fr.convergences.convergence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a published synthesis version keeps, as it was at publication: per theme (in order, "Autres propositions"
 * last, key {@code autres}), the editor's introduction, its confirmed convergences (label, members, the members quoted),
 * its divergences (the two sides), and its other contributions, all by contribution id. Texts, sources and counts are
 * read at display time through the public visibility, so this never holds a person's words or name.
 */
@Serdeable
public record SynthesisStructure(@Nullable List<ThemePart> themes) {

    // The JSON leaves out empty lists and texts (Serde's default inclusion): read back, they are empty again, never
    // null.
    public SynthesisStructure {
        themes = themes == null ? List.of() : themes;
    }

    @Serdeable
    public record ThemePart(
            String key,
            @Nullable String label,
            @Nullable String introduction,
            @Nullable List<Group> convergences,
            @Nullable List<Divided> divergences,
            @Nullable List<Long> others) {

        public ThemePart {
            introduction = introduction == null ? "" : introduction;
            convergences = convergences == null ? List.of() : convergences;
            divergences = divergences == null ? List.of() : divergences;
            others = others == null ? List.of() : others;
        }

        boolean isOther() {
            return ThemeKey.OTHER.toString().equals(key);
        }
    }

    @Serdeable
    public record Group(
            String label,
            @Nullable List<Long> members,
            @Nullable List<Long> quotes) {
        public Group {
            members = members == null ? List.of() : members;
            quotes = quotes == null ? List.of() : quotes;
        }
    }

    @Serdeable
    public record Divided(
            String label,
            @Nullable List<Long> inFavour,
            @Nullable List<Long> against) {
        public Divided {
            inFavour = inFavour == null ? List.of() : inFavour;
            against = against == null ? List.of() : against;
        }
    }
}
