package fr.convergences.motion.application;

import fr.convergences.motion.model.BallotChoice;
import fr.convergences.motion.model.VotingMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A ballot's choice as people read it, in their language: "Pour", "Approuve : A, B", "1. A · 2. B", or blank. */
public final class ChoiceText {

    /** Looks a message up in the reader's language. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... arguments);
    }

    private ChoiceText() {}

    public static String of(Translator messages, VotingMethod method, String encoded, Map<Long, String> labels) {
        BallotChoice choice = BallotChoice.parse(method, encoded);
        if (choice.isBlank() && method != VotingMethod.FOR_AGAINST) {
            return messages.translate("motion.choice.blank");
        }
        return switch (choice) {
            case BallotChoice.ForAgainst forAgainst ->
                messages.translate("motion.vote." + forAgainst.vote().name());
            case BallotChoice.Approval approval ->
                messages.translate(
                        "motion.choice.approves",
                        String.join(
                                ", ",
                                approval.options().stream()
                                        .map(id -> labels.getOrDefault(id, "#" + id))
                                        .toList()));
            case BallotChoice.Ranking ranking -> {
                List<String> parts = new ArrayList<>();
                for (int i = 0; i < ranking.order().size(); i++) {
                    parts.add((i + 1) + ". "
                            + labels.getOrDefault(
                                    ranking.order().get(i),
                                    "#" + ranking.order().get(i)));
                }
                yield String.join(" · ", parts);
            }
        };
    }
}
