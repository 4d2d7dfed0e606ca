package fr.convergences.convergence;

import fr.convergences.convergence.engine.Clustering;
import fr.convergences.convergence.engine.Convergence;
import fr.convergences.convergence.engine.ConvergenceEngine;
import fr.convergences.convergence.engine.Document;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * In a regional document, one convergence for the same need voiced in several councils. The rule (docs/CONVERGENCES.md,
 * "Regional synthesis"): the engine, with its measured settings, clusters the members of every council's confirmed
 * convergences together, each member's source being its council, so that by the engine's own source rule only groups
 * spanning at least two councils come out. A convergence <em>sits</em> in an engine group holding more than half of
 * its members. Convergences of different councils sitting in one engine group become one; of one council, only the one
 * with the most members there joins (its moderators kept the others apart, and that choice stands). Divergences are
 * never joined. The joined convergence takes the label and theme of its largest part, lists every member, and quotes
 * each council in turn.
 */
@Singleton
class CrossCouncilConvergences {

    private final ConvergenceEngine engine;
    private final ConvergenceStore convergenceStore;

    CrossCouncilConvergences(ConvergenceEngine engine, ConvergenceStore convergenceStore) {
        this.engine = engine;
        this.convergenceStore = convergenceStore;
    }

    /** The themes with the convergences that say the same thing in several councils joined; {@code councilOf} by contribution. */
    List<SynthesisStructure.ThemePart> join(List<SynthesisStructure.ThemePart> themes, Map<Long, Long> councilOf) {
        List<Located> groups = new ArrayList<>();
        for (int theme = 0; theme < themes.size(); theme++) {
            for (SynthesisStructure.Group group : themes.get(theme).convergences()) {
                Long council = group.members().isEmpty()
                        ? null
                        : councilOf.get(group.members().getFirst());
                if (council != null) {
                    groups.add(new Located(theme, group, council));
                }
            }
        }
        if (groups.stream().map(Located::council).distinct().count() < 2) {
            return themes;
        }
        List<Long> ids = groups.stream()
                .flatMap(group -> group.group().members().stream())
                .distinct()
                .toList();
        List<Document> documents = convergenceStore.rowsOf(ids).stream()
                .map(row -> new Document(
                        String.valueOf(row.contributionId()),
                        row.title(),
                        Objects.requireNonNullElse(row.body(), ""),
                        "council-" + councilOf.get(row.contributionId()),
                        null))
                .toList();
        List<List<Located>> joined = joinable(groups, engine.cluster(documents));
        if (joined.isEmpty()) {
            return themes;
        }
        Set<SynthesisStructure.Group> replaced = new HashSet<>();
        Map<Integer, List<SynthesisStructure.Group>> added = new HashMap<>();
        for (List<Located> parts : joined) {
            parts.forEach(part -> replaced.add(part.group()));
            added.computeIfAbsent(parts.getFirst().theme(), key -> new ArrayList<>())
                    .add(together(parts));
        }
        List<SynthesisStructure.ThemePart> result = new ArrayList<>();
        for (int theme = 0; theme < themes.size(); theme++) {
            SynthesisStructure.ThemePart part = themes.get(theme);
            List<SynthesisStructure.Group> kept = new ArrayList<>(added.getOrDefault(theme, List.of()));
            part.convergences().stream()
                    .filter(group -> !replaced.contains(group))
                    .forEach(kept::add);
            result.add(new SynthesisStructure.ThemePart(
                    part.key(), part.label(), part.introduction(), kept, part.divergences(), part.others()));
        }
        return result;
    }

    /** A council's convergence and where it stands in the document. */
    record Located(int theme, SynthesisStructure.Group group, long council) {}

    /**
     * The sets of convergences to join, each largest first: by engine group, the convergences sitting in it (more than
     * half of their members there), one per council, when at least two councils remain.
     */
    static List<List<Located>> joinable(List<Located> groups, Clustering clustering) {
        Map<String, Integer> engineGroupOf = new HashMap<>();
        for (int index = 0; index < clustering.convergences().size(); index++) {
            Convergence convergence = clustering.convergences().get(index);
            for (String member : convergence.members()) {
                engineGroupOf.put(member, index);
            }
        }
        // A convergence sitting in an engine group, with how many of its members are there.
        record Sitting(Located located, int inside) {}
        Map<Integer, Map<Long, Sitting>> byEngineGroup = new LinkedHashMap<>();
        for (Located located : groups) {
            Map<Integer, Integer> counts = new HashMap<>();
            for (long member : located.group().members()) {
                Integer engineGroup = engineGroupOf.get(String.valueOf(member));
                if (engineGroup != null) {
                    counts.merge(engineGroup, 1, Integer::sum);
                }
            }
            int size = located.group().members().size();
            counts.forEach((engineGroup, count) -> {
                if (2 * count > size) {
                    byEngineGroup
                            .computeIfAbsent(engineGroup, key -> new LinkedHashMap<>())
                            .merge(
                                    located.council(),
                                    new Sitting(located, count),
                                    (first, second) -> second.inside() > first.inside() ? second : first);
                }
            });
        }
        List<List<Located>> joined = new ArrayList<>();
        for (Map<Long, Sitting> perCouncil : byEngineGroup.values()) {
            if (perCouncil.size() < 2) {
                continue;
            }
            List<Located> parts = new ArrayList<>(
                    perCouncil.values().stream().map(Sitting::located).toList());
            parts.sort((first, second) -> Integer.compare(
                    second.group().members().size(), first.group().members().size()));
            joined.add(parts);
        }
        return joined;
    }

    /** One convergence of the parts: the largest part's label, every member, the parts' quotes taken in turn. */
    private static SynthesisStructure.Group together(List<Located> parts) {
        Set<Long> members = new LinkedHashSet<>();
        parts.forEach(part -> members.addAll(part.group().members()));
        List<Long> quotes = new ArrayList<>();
        for (int round = 0; quotes.size() < QuoteSelection.MOST; round++) {
            boolean any = false;
            for (Located part : parts) {
                List<Long> own = part.group().quotes();
                if (round < own.size()) {
                    any = true;
                    if (quotes.size() < QuoteSelection.MOST) {
                        quotes.add(own.get(round));
                    }
                }
            }
            if (!any) {
                break;
            }
        }
        return new SynthesisStructure.Group(parts.getFirst().group().label(), List.copyOf(members), quotes);
    }
}
