package fr.convergences.convergence.quality;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How many of the items to place (those without a contributor's choice) a method put under the theme people chose.
 * An item left to "Autres propositions" is not under the people's theme: it counts as misplaced.
 */
public record ThemePlacementQuality(int placed, int right) {

    public static ThemePlacementQuality of(
            Map<String, String> predicted, Map<String, String> reference, Map<String, String> choices) {
        int placed = 0;
        int right = 0;
        for (Map.Entry<String, String> entry : reference.entrySet()) {
            if (choices.containsKey(entry.getKey())) {
                continue;
            }
            if (!predicted.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("Not placed: " + entry.getKey());
            }
            placed++;
            if (entry.getValue().equals(predicted.get(entry.getKey()))) {
                right++;
            }
        }
        return new ThemePlacementQuality(placed, right);
    }

    /** Items pooled over several datasets (a part's figure). */
    public static ThemePlacementQuality pooled(List<ThemePlacementQuality> qualities) {
        return new ThemePlacementQuality(
                qualities.stream().mapToInt(ThemePlacementQuality::placed).sum(),
                qualities.stream().mapToInt(ThemePlacementQuality::right).sum());
    }

    public double share() {
        return placed == 0 ? Double.NaN : (double) right / placed;
    }

    public String formatted() {
        return String.format(Locale.ROOT, "%.3f (%d/%d)", share(), right, placed);
    }
}
