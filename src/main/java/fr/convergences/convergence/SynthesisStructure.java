package fr.convergences.convergence;

import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * What a published synthesis version keeps, as it was at publication: per theme (in order, "Autres propositions"
 * last, key {@code autres}), the editor's introduction, its confirmed convergences (label, members, the members quoted),
 * its divergences (the two sides), and its other contributions, all by contribution id. Texts, sources and counts are
 * read at display time through the public visibility, so this never holds a person's words or name.
 *
 * <p>The JSON leaves out empty lists and texts (Serde's default inclusion): each record is read back through its
 * {@code read} factory, where they become empty again, so that no component is ever null.
 */
@Serdeable
public record SynthesisStructure(List<ThemePart> themes) {

    @Creator
    public static SynthesisStructure read(@Nullable List<ThemePart> themes) {
        return new SynthesisStructure(orEmpty(themes));
    }

    @Serdeable
    public record ThemePart(
            String key,
            @Nullable String label,
            String introduction,
            List<Group> convergences,
            List<Divided> divergences,
            List<Long> others) {

        @Creator
        public static ThemePart read(
                String key,
                @Nullable String label,
                @Nullable String introduction,
                @Nullable List<Group> convergences,
                @Nullable List<Divided> divergences,
                @Nullable List<Long> others) {
            return new ThemePart(
                    key,
                    label,
                    introduction == null ? "" : introduction,
                    orEmpty(convergences),
                    orEmpty(divergences),
                    orEmpty(others));
        }

        boolean isOther() {
            return ThemeKey.OTHER.toString().equals(key);
        }
    }

    @Serdeable
    public record Group(String label, List<Long> members, List<Long> quotes) {

        @Creator
        public static Group read(String label, @Nullable List<Long> members, @Nullable List<Long> quotes) {
            return new Group(label, orEmpty(members), orEmpty(quotes));
        }
    }

    @Serdeable
    public record Divided(String label, List<Long> inFavour, List<Long> against) {

        @Creator
        public static Divided read(String label, @Nullable List<Long> inFavour, @Nullable List<Long> against) {
            return new Divided(label, orEmpty(inFavour), orEmpty(against));
        }
    }

    private static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }
}
