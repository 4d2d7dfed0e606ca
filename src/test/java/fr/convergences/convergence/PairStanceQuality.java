package fr.convergences.convergence;

import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.Convergence;
import fr.convergences.convergence.engine.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a clustering presents labelled pairs of contributions once stance detection has (or has not) run: whether the
 * two members of a pair are shown as agreeing. They are when they sit in one group that is a convergence, or on the
 * same side of a group shown as a divergence; members of different groups, or on opposite sides of a divergence, are
 * not. With stance detection off (the engine before {@link StancePolicy}, and the command line without divergences)
 * every group is a convergence. An <em>opposing</em> pair shown as agreeing is wrongly grouped; a <em>control</em>
 * pair (same subject, same stance) shown as agreeing is still grouped, as it should be: measuring both keeps "never
 * group anything" or "call every group a divergence" from looking good.
 */
record PairStanceQuality(int opposing, int opposingTogether, int controls, int controlsTogether) {

    /** Two contributions on one subject; {@code opposing} when people gave them opposite stances. */
    record Pair(String first, String second, boolean opposing) {}

    static PairStanceQuality measure(
            Clustering clustering, List<Document> documents, List<Pair> pairs, boolean stanceDetection) {
        Map<String, Integer> group = new HashMap<>();
        List<Convergence> convergences = clustering.convergences();
        for (int index = 0; index < convergences.size(); index++) {
            for (String member : convergences.get(index).members()) {
                group.put(member, index);
            }
        }
        Map<String, StancePolicy.Side> side = new HashMap<>();
        for (Document document : documents) {
            // The text the command line gives the policy: the title, then the text
            side.put(
                    document.id(),
                    StancePolicy.of(
                            document.title() == null ? document.text() : document.title() + ". " + document.text()));
        }
        boolean[] divided = new boolean[convergences.size()];
        for (int index = 0; index < convergences.size(); index++) {
            List<StancePolicy.Side> sides = new ArrayList<>();
            for (String member : convergences.get(index).members()) {
                sides.add(side.get(member));
            }
            divided[index] = stanceDetection && StancePolicy.divided(sides);
        }
        int opposing = 0;
        int opposingTogether = 0;
        int controls = 0;
        int controlsTogether = 0;
        for (Pair pair : pairs) {
            Integer first = group.get(pair.first());
            Integer second = group.get(pair.second());
            boolean together = first != null
                    && first.equals(second)
                    && (!divided[first] || side.get(pair.first()) == side.get(pair.second()));
            if (pair.opposing()) {
                opposing++;
                opposingTogether += together ? 1 : 0;
            } else {
                controls++;
                controlsTogether += together ? 1 : 0;
            }
        }
        return new PairStanceQuality(opposing, opposingTogether, controls, controlsTogether);
    }

    /** Every pair of members of each subject: opposing when their stances differ, a control when they agree. */
    static List<Pair> pairsOf(Map<String, String> subjectOf, Map<String, String> stanceOf) {
        Map<String, List<String>> members = new java.util.LinkedHashMap<>();
        subjectOf.forEach((id, subject) -> {
            if (subject != null) {
                members.computeIfAbsent(subject, key -> new ArrayList<>()).add(id);
            }
        });
        List<Pair> pairs = new ArrayList<>();
        for (List<String> ids : members.values()) {
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    pairs.add(new Pair(
                            ids.get(i), ids.get(j), !stanceOf.get(ids.get(i)).equals(stanceOf.get(ids.get(j)))));
                }
            }
        }
        return pairs;
    }

    double opposingShare() {
        return opposing == 0 ? Double.NaN : (double) opposingTogether / opposing;
    }

    double controlShare() {
        return controls == 0 ? Double.NaN : (double) controlsTogether / controls;
    }

    static String share(int part, int whole) {
        return whole == 0
                ? "n/a (no pair)"
                : String.format(java.util.Locale.ROOT, "%.3f (%d/%d)", (double) part / whole, part, whole);
    }
}
