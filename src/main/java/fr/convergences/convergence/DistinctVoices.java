package fr.convergences.convergence;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How many people and organisations a convergence really gathers. Rows are not voices: the contributions of one source
 * (an organisation, an account, an imported author) count once; the same or nearly the same text counts once when one
 * of the two has no known source (two paper forms copied from one leaflet, a row imported twice), since nothing says
 * two people wrote it. Two known, different people who write the same words are two voices. Every pair of nearly
 * identical texts is reported as a probable duplicate for moderators, whatever its sources, until a moderator merges
 * it: a merged duplicate counts as the voice of the contribution it was merged into, whatever the sources say, and is
 * then listed as merged.
 */
public final class DistinctVoices {

    /** Share of distinct words two texts must have in common (Jaccard) to be "nearly the same". */
    static final double NEARLY_SAME = 0.8;
    /** Texts whose lengths in words differ more than this cannot reach {@link #NEARLY_SAME}; they are not compared. */
    private static final double LENGTH_RATIO = NEARLY_SAME;

    private DistinctVoices() {}

    /**
     * One member as counted: its contribution, its source when known (null otherwise), the kind of voice, its text,
     * and the contribution a moderator merged it into as a duplicate (null otherwise).
     */
    record Member(
            long contributionId,
            @Nullable String source,
            VoiceKind kind,
            String text,
            @Nullable Long sameAs) {

        Member(long contributionId, @Nullable String source, VoiceKind kind, String text) {
            this(contributionId, source, kind, text, null);
        }
    }

    public record Duplicate(long first, long second) {}

    /**
     * The count, the count per kind of voice (in {@link VoiceKind} order), the probable duplicates not merged yet, and
     * the merged ones (first: the contribution kept, second: its duplicate).
     */
    public record Voices(
            int distinct, Map<VoiceKind, Integer> kinds, List<Duplicate> probableDuplicates, List<Duplicate> merged) {

        static final Voices NONE = new Voices(0, Map.of(), List.of(), List.of());
    }

    static Voices count(List<Member> members) {
        int n = members.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        Map<String, Integer> bySource = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String source = members.get(i).source();
            if (source != null) {
                Integer first = bySource.putIfAbsent(source, i);
                if (first != null) {
                    union(parent, first, i);
                }
            }
        }
        // A moderator's merge joins two voices whatever their sources; such a pair is no longer "probable".
        int[] mergedParent = new int[n];
        Arrays.setAll(mergedParent, i -> i);
        Map<Long, Integer> byContribution = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byContribution.put(members.get(i).contributionId(), i);
        }
        List<Duplicate> merged = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Long sameAs = members.get(i).sameAs();
            if (sameAs == null) {
                continue;
            }
            Integer kept = byContribution.get(sameAs);
            if (kept != null) {
                union(parent, kept, i);
                union(mergedParent, kept, i);
                merged.add(new Duplicate(sameAs, members.get(i).contributionId()));
            }
        }
        List<Duplicate> duplicates = new ArrayList<>();
        List<Set<String>> words =
                members.stream().map(member -> words(member.text())).toList();
        Integer[] byLength = new Integer[n];
        Arrays.setAll(byLength, i -> i);
        Arrays.sort(byLength, Comparator.comparingInt(i -> words.get(i).size()));
        for (int a = 0; a < n; a++) {
            int i = byLength[a];
            for (int b = a + 1;
                    b < n
                            && words.get(i).size()
                                    >= LENGTH_RATIO * words.get(byLength[b]).size();
                    b++) {
                int j = byLength[b];
                if (find(mergedParent, i) != find(mergedParent, j) && nearlySame(words.get(i), words.get(j))) {
                    Member first = members.get(Math.min(i, j));
                    Member second = members.get(Math.max(i, j));
                    duplicates.add(new Duplicate(first.contributionId(), second.contributionId()));
                    if (first.source() == null || second.source() == null) {
                        union(parent, i, j);
                    }
                }
            }
        }
        Map<Integer, VoiceKind> voices = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            VoiceKind kind = members.get(i).kind();
            // A voice known as an organisation or a council member is that, even if one of its rows does not say so.
            voices.merge(root, kind, (known, other) -> specificity(other) > specificity(known) ? other : known);
        }
        Map<VoiceKind, Integer> kinds = new EnumMap<>(VoiceKind.class);
        voices.values().forEach(kind -> kinds.merge(kind, 1, Integer::sum));
        duplicates.sort(Comparator.comparingLong(Duplicate::first).thenComparingLong(Duplicate::second));
        merged.sort(Comparator.comparingLong(Duplicate::first).thenComparingLong(Duplicate::second));
        return new Voices(voices.size(), kinds, List.copyOf(duplicates), List.copyOf(merged));
    }

    static boolean nearlySame(String first, String second) {
        return nearlySame(words(first), words(second));
    }

    private static boolean nearlySame(Set<String> first, Set<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return first.equals(second);
        }
        int shared = 0;
        for (String word : first) {
            if (second.contains(word)) {
                shared++;
            }
        }
        return (double) shared / (first.size() + second.size() - shared) >= NEARLY_SAME;
    }

    /** Distinct words, lower case, accents folded, punctuation dropped: "Médecins !" and "medecins" are the same word. */
    static Set<String> words(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT);
        Set<String> words = new HashSet<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static int specificity(VoiceKind kind) {
        return switch (kind) {
            case UNKNOWN -> 0;
            case RESIDENT -> 1;
            case COUNCIL_MEMBER -> 2;
            default -> 3;
        };
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = find(parent, a);
        int rootB = find(parent, b);
        if (rootA != rootB) {
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }
}
