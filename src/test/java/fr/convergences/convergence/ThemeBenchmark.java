package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.convergence.engine.Document;
import fr.convergences.convergence.engine.ThemeEngine;
import fr.convergences.testing.Benchmark;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Time of the theme level: themes proposed for N contributions (no council themes), N contributions placed under 12
 * given themes with a third carrying their contributor's choice, and one new contribution placed with a prepared model
 * (300 of them, p50/p95). Smoke: 2,000; full ({@code -Pbenchmark}): 100,000, the target being under 60 s on 2 cores and
 * under 50 ms per new contribution. The contributions are the corpus's proposals varied by {@link ParaphraseGenerator}.
 */
@Tag("benchmark")
class ThemeBenchmark {

    private static final List<ThemeEngine.ThemeSpec> THEMES = List.of(
            new ThemeEngine.ThemeSpec("soins", "Accès aux soins", "médecins, rendez-vous, urgences, hôpital"),
            new ThemeEngine.ThemeSpec(
                    "age", "Grand âge et autonomie", "EHPAD, aide à domicile, personnes âgées, handicap"),
            new ThemeEngine.ThemeSpec(
                    "prevention", "Prévention et santé publique", "vaccination, dépistage, alimentation, sport"),
            new ThemeEngine.ThemeSpec(
                    "environnement", "Environnement et santé", "pollution, climat, pesticides, eau, air"),
            new ThemeEngine.ThemeSpec("travail", "Travail et économie", "emploi, salaires, entreprises, impôts"),
            new ThemeEngine.ThemeSpec("education", "Éducation et jeunesse", "école, enfants, enseignants, étudiants"),
            new ThemeEngine.ThemeSpec("transports", "Transports et mobilité", "train, bus, voiture, vélo"),
            new ThemeEngine.ThemeSpec("logement", "Logement", "loyers, HLM, construction"),
            new ThemeEngine.ThemeSpec("numerique", "Numérique", "internet, téléconsultation, données"),
            new ThemeEngine.ThemeSpec("democratie", "Démocratie et citoyenneté", "vote, référendum, élus, citoyens"),
            new ThemeEngine.ThemeSpec("solidarite", "Solidarités", "pauvreté, précarité, aides sociales"),
            new ThemeEngine.ThemeSpec("culture", "Culture et loisirs", "musique, sport, associations"));

    @Test
    void themes_for_up_to_100000_contributions_and_one_new_contribution_placed_quickly() {
        int size = Benchmark.size(2_000, 100_000);
        ParaphraseGenerator generator = new ParaphraseGenerator();
        ThemeEngine engine = new ThemeEngine();
        engine.propose(generator.generate(1_000, 7, "w")); // warm-up
        List<Document> documents = generator.generate(size, 20261207L, "d");
        Map<String, String> chosen = new HashMap<>();
        for (int i = 0; i < documents.size(); i += 3) {
            chosen.put(documents.get(i).id(), THEMES.get(i % THEMES.size()).id());
        }

        Benchmark.resetPeakHeap();
        long started = System.nanoTime();
        List<ThemeEngine.Theme> proposed = engine.propose(documents);
        double proposeSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        List<ThemeEngine.Theme> placed = engine.place(documents, THEMES, chosen);
        double placeSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        ThemeEngine.Prepared model = engine.prepare(documents, THEMES, chosen);
        double prepareSeconds = (System.nanoTime() - started) / 1e9;
        List<Document> newcomers = generator.generate(300, 99, "n");
        long[] nanos = new long[newcomers.size()];
        for (int i = 0; i < newcomers.size(); i++) {
            long one = System.nanoTime();
            assertThat(model.place(newcomers.get(i))).isNotNull();
            nanos[i] = System.nanoTime() - one;
        }
        long peakMegabytes = Benchmark.peakHeapBytes() / (1024 * 1024);

        assertThat(proposed.stream().mapToInt(theme -> theme.members().size()).sum())
                .isEqualTo(size);
        assertThat(placed.stream().mapToInt(theme -> theme.members().size()).sum())
                .isEqualTo(size);
        long other = placed.stream()
                .filter(theme -> theme.id().equals(ThemeEngine.OTHER))
                .mapToLong(theme -> theme.members().size())
                .sum();
        Benchmark.report(
                "themes",
                String.format(
                        Locale.ROOT,
                        """
                | contributions | propose themes s | themes proposed | place under 12 given themes s | in "Autres propositions" | prepare model s | place one p50 ms | place one p95 ms | peak heap MB |
                |---:|---:|---:|---:|---:|---:|---:|---:|---:|
                | %d | %.1f | %d | %.1f | %d | %.1f | %.2f | %.2f | %d |
                """,
                        size,
                        proposeSeconds,
                        proposed.size(),
                        placeSeconds,
                        other,
                        prepareSeconds,
                        Benchmark.percentileMillis(nanos, 50),
                        Benchmark.percentileMillis(nanos, 95),
                        peakMegabytes));
        assertThat(Benchmark.percentileMillis(nanos, 95))
                .as("placing one new contribution")
                .isLessThan(50);
    }
}
