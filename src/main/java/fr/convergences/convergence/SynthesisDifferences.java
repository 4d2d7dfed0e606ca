package fr.convergences.convergence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What changed from one published version to the next, as the reader needs it: the title and framing rewritten, themes
 * added or gone, an introduction rewritten, convergences and divergences added or gone (by label), and how many
 * contributions joined or left the document. Themes and groups are matched by label, which is what the reader sees.
 */
final class SynthesisDifferences {

    /** One difference: a message key and its arguments ({@code synthesis.diff.*}). */
    record Difference(String key, List<Object> arguments) {}

    private SynthesisDifferences() {}

    static List<Difference> between(
            String oldTitle,
            String oldFraming,
            SynthesisStructure before,
            String newTitle,
            String newFraming,
            SynthesisStructure after) {
        List<Difference> differences = new ArrayList<>();
        if (!oldTitle.equals(newTitle)) {
            differences.add(new Difference("synthesis.diff.title", List.of(oldTitle, newTitle)));
        }
        if (!oldFraming.equals(newFraming)) {
            differences.add(new Difference("synthesis.diff.framing", List.of()));
        }
        Map<String, SynthesisStructure.ThemePart> old = byLabel(before);
        Map<String, SynthesisStructure.ThemePart> now = byLabel(after);
        now.forEach((label, theme) -> {
            SynthesisStructure.ThemePart was = old.get(label);
            if (was == null) {
                differences.add(new Difference("synthesis.diff.theme.added", List.of(label)));
                return;
            }
            if (!was.introduction().equals(theme.introduction())) {
                differences.add(new Difference("synthesis.diff.introduction", List.of(label)));
            }
            Set<String> oldGroups = labels(was.convergences().stream()
                    .map(SynthesisStructure.Group::label)
                    .toList());
            Set<String> newGroups = labels(theme.convergences().stream()
                    .map(SynthesisStructure.Group::label)
                    .toList());
            newGroups.stream()
                    .filter(group -> !oldGroups.contains(group))
                    .forEach(group ->
                            differences.add(new Difference("synthesis.diff.convergence.added", List.of(label, group))));
            oldGroups.stream()
                    .filter(group -> !newGroups.contains(group))
                    .forEach(group -> differences.add(
                            new Difference("synthesis.diff.convergence.removed", List.of(label, group))));
            Set<String> oldDivided = labels(was.divergences().stream()
                    .map(SynthesisStructure.Divided::label)
                    .toList());
            Set<String> newDivided = labels(theme.divergences().stream()
                    .map(SynthesisStructure.Divided::label)
                    .toList());
            newDivided.stream()
                    .filter(group -> !oldDivided.contains(group))
                    .forEach(group ->
                            differences.add(new Difference("synthesis.diff.divergence.added", List.of(label, group))));
            oldDivided.stream()
                    .filter(group -> !newDivided.contains(group))
                    .forEach(group -> differences.add(
                            new Difference("synthesis.diff.divergence.removed", List.of(label, group))));
        });
        old.keySet().stream()
                .filter(label -> !now.containsKey(label))
                .forEach(label -> differences.add(new Difference("synthesis.diff.theme.removed", List.of(label))));
        Set<Long> oldIds = ids(before);
        Set<Long> newIds = ids(after);
        long joined = newIds.stream().filter(id -> !oldIds.contains(id)).count();
        long left = oldIds.stream().filter(id -> !newIds.contains(id)).count();
        if (joined > 0) {
            differences.add(new Difference("synthesis.diff.contributions.added", List.of(joined)));
        }
        if (left > 0) {
            differences.add(new Difference("synthesis.diff.contributions.removed", List.of(left)));
        }
        return differences;
    }

    /** Themes by the label the reader sees ("Autres propositions" under its key, since it has no label of its own). */
    private static Map<String, SynthesisStructure.ThemePart> byLabel(SynthesisStructure structure) {
        Map<String, SynthesisStructure.ThemePart> themes = new LinkedHashMap<>();
        structure.themes().forEach(theme -> themes.put(Objects.requireNonNullElse(theme.label(), theme.key()), theme));
        return themes;
    }

    private static Set<String> labels(List<String> labels) {
        return new java.util.LinkedHashSet<>(labels);
    }

    static Set<Long> ids(SynthesisStructure structure) {
        Set<Long> ids = new HashSet<>();
        for (SynthesisStructure.ThemePart theme : structure.themes()) {
            theme.convergences().forEach(group -> ids.addAll(group.members()));
            theme.divergences().forEach(divided -> {
                ids.addAll(divided.inFavour());
                ids.addAll(divided.against());
            });
            ids.addAll(theme.others());
        }
        return ids;
    }
}
