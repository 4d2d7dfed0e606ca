package fr.convergences.project;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/**
 * The council's public indicators: each with its territory series in date order followed by its latest values by commune,
 * and the communes' names.
 */
public record Dashboard(
        String councilName,
        String councilSlug,
        List<Entry> indicators,
        Map<String, String> communeNames,
        boolean canRecord) {

    public record Entry(Indicator indicator, @Nullable String collegeName, List<Measurement> measurements) {

        /** The territory-level series (what the chart draws); commune values go to the table. */
        public List<Measurement> territorySeries() {
            return measurements.stream().filter(m -> m.inseeCode() == null).toList();
        }
    }
}
