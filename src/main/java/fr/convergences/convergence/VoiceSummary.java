package fr.convergences.convergence;

import java.util.function.BiFunction;
import java.util.stream.Collectors;

/** "5 voix distinctes : 3 habitants, 1 association, 1 professionnel de santé", in the reader's language. */
public final class VoiceSummary {

    private VoiceSummary() {}

    /** {@code translate}: a message key and its arguments to the reader's text (a view's or the synthesis's translation). */
    public static String describe(DistinctVoices.Voices voices, BiFunction<String, Object[], String> translate) {
        String count = translate.apply("convergence.voices", new Object[] {voices.distinct()});
        if (voices.kinds().isEmpty()) {
            return count;
        }
        String kinds = voices.kinds().entrySet().stream()
                .map(kind ->
                        translate.apply("convergence.voice." + kind.getKey().name(), new Object[] {kind.getValue()}))
                .collect(Collectors.joining(translate.apply("convergence.voices.separator", new Object[0])));
        return translate.apply("convergence.voices.withKinds", new Object[] {count, kinds});
    }
}
