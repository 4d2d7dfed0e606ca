package fr.convergences.convergence;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a contribution speaks for or against its group's proposal, where the text says so: "contre", "non à", a
 * proposal's verb negated ("il ne faut pas …"), "refuser", "s'opposer". Two members of one group on
 * opposite sides make it a divergence, shown as such inside its theme, not a convergence. Without such words a text
 * is for: most proposals state what they want. A rule of words, so it can be wrong on irony. The discussion says more
 * ({@link #withDiscussion}): a member whose author commented against another member of the group is on the other side.
 */
final class StancePolicy {

    enum Side {
        FOR,
        AGAINST
    }

    /**
     * Opposition said outright, or a proposal's own verb negated ("il ne faut pas", "ne doit pas"). A plain negation
     * is not enough: needs are often said with one ("on ne trouve pas de médecin") and are not against anything; nor is
     * "contre" inside a sentence ("lutter contre les déserts médicaux" is for something), only "Contre …" opening the
     * text or "je suis contre".
     */
    private static final Pattern AGAINST = Pattern.compile(
            "(?:^\\s*contre\\b|\\b(?:suis|sommes|est|etre|etes|sont)\\s+contre\\b)|\\b(?:non\\s+a(?:ux?)?|pas\\s+question|(?:ne|n)\\s+(?:faut|faudrait|doit|doivent|devrait|devraient|voulons|veux)\\s+(?:pas|plus|surtout\\s+pas)"
                    + "|refuse[rz]?|refusons|(?:m|nous)\\s+oppos(?:e|ons)|oppose(?:e|s|es)?\\s+a|stop\\s+a|halte\\s+a|arretons)\\b");

    private StancePolicy() {}

    static Side of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’]", " ");
        return AGAINST.matcher(folded).find() ? Side.AGAINST : Side.FOR;
    }

    /** A group is divided when both sides have a member, and each side counts at least one. */
    static boolean divided(List<Side> sides) {
        return sides.contains(Side.FOR) && sides.contains(Side.AGAINST);
    }

    /** What the discussion says: the author of member {@code from} commented on member {@code on}, for or against it. */
    record Opinion(long from, long on, Side side) {}

    /**
     * The sides once the discussion is read. Text first: a member whose text says it is against stays against. A member
     * whose text says nothing takes its side from its author's comments on (or by) another member: against that member
     * puts it on the other side, for puts it on the same side. The member nearer the head of the group (the most
     * representative first) keeps its side, so the group's own proposal is the reference; opinions are read in that
     * order. Members without such comments keep the side their text gives.
     */
    static List<Side> withDiscussion(List<Long> members, List<Side> textSides, List<Opinion> opinions) {
        List<Side> sides = new java.util.ArrayList<>(textSides);
        java.util.Map<Long, Integer> rank = new java.util.HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            rank.putIfAbsent(members.get(i), i);
        }
        // An opinion between two members, by their ranks: the anchor nearer the head of the group, the other after.
        record Ranked(Opinion opinion, int anchor, int other) {}
        List<Ranked> ranked = new java.util.ArrayList<>();
        for (Opinion opinion : opinions) {
            Integer from = rank.get(opinion.from());
            Integer on = rank.get(opinion.on());
            if (opinion.from() != opinion.on() && from != null && on != null) {
                ranked.add(new Ranked(opinion, Math.min(from, on), Math.max(from, on)));
            }
        }
        ranked.sort(java.util.Comparator.comparingInt(Ranked::anchor).thenComparingInt(Ranked::other));
        for (Ranked read : ranked) {
            if (textSides.get(read.other()) == Side.AGAINST) {
                continue; // said outright in its own words
            }
            Side reference = sides.get(read.anchor());
            sides.set(read.other(), read.opinion().side() == Side.AGAINST ? opposite(reference) : reference);
        }
        return List.copyOf(sides);
    }

    private static Side opposite(Side side) {
        return side == Side.FOR ? Side.AGAINST : Side.FOR;
    }
}
