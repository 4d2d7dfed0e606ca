package fr.convergences.convergence;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a contribution speaks for or against its group's proposal, where the text says so: "contre", "non à", a
 * proposal's verb negated ("il ne faut pas …"), "refuser", "s'opposer". Two members of one group on
 * opposite sides make it a divergence, shown as such inside its theme, not a convergence. Without such words a text
 * is for: most proposals state what they want. A rule of words, so it can be wrong on irony; comments' stances are not
 * read here.
 */
final class StancePolicy {

    enum Side { FOR, AGAINST }

    /**
     * Opposition said outright, or a proposal's own verb negated ("il ne faut pas", "ne doit pas"). A plain negation
     * is not enough: needs are often said with one ("on ne trouve pas de médecin") and are not against anything; nor is
     * "contre" inside a sentence ("lutter contre les déserts médicaux" is for something), only "Contre …" opening the
     * text or "je suis contre".
     */
    private static final Pattern AGAINST = Pattern.compile(
            "(?:^\\s*contre\\b|\\b(?:suis|sommes|est|etre|etes|sont)\\s+contre\\b)|\\b(?:non\\s+a(?:ux?)?|pas\\s+question|(?:ne|n)\\s+(?:faut|faudrait|doit|doivent|devrait|devraient|voulons|veux)\\s+(?:pas|plus|surtout\\s+pas)"
                    + "|refuse[rz]?|refusons|(?:m|nous)\\s+oppos(?:e|ons)|oppose(?:e|s|es)?\\s+a|stop\\s+a|halte\\s+a|arretons)\\b");

    private StancePolicy() {
    }

    static Side of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("['’]", " ");
        return AGAINST.matcher(folded).find() ? Side.AGAINST : Side.FOR;
    }

    /** A group is divided when both sides have a member, and each side counts at least one. */
    static boolean divided(List<Side> sides) {
        return sides.contains(Side.FOR) && sides.contains(Side.AGAINST);
    }
}
