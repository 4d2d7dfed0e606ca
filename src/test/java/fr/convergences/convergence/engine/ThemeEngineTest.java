package fr.convergences.convergence.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Themes place every document once: given themes learn from contributors' choices; without themes the engine proposes some. */
class ThemeEngineTest {

    private final ThemeEngine engine = new ThemeEngine();

    private static final List<ThemeEngine.ThemeSpec> THEMES = List.of(
            new ThemeEngine.ThemeSpec("soins", "Accès aux soins", "médecins, rendez-vous, urgences"),
            new ThemeEngine.ThemeSpec("age", "Grand âge", "EHPAD, aide à domicile, personnes âgées"),
            new ThemeEngine.ThemeSpec("mobilite", "Transports", "bus, train, trajets vers l'hôpital"));

    private static final List<String> TEXTS = List.of(
            "Il faut plus de médecins généralistes dans nos villages", // d0 chosen soins
            "Obtenir un rendez-vous chez un médecin prend des mois", // d1
            "Les urgences de l'hôpital sont saturées le week-end", // d2
            "Il manque du personnel dans les EHPAD pour les personnes âgées", // d3 chosen age
            "L'aide à domicile des personnes âgées doit être renforcée", // d4
            "Un bus direct vers l'hôpital depuis les villages", // d5 chosen mobilite
            "Le train vers la ville est trop rare pour aller aux consultations", // d6
            "Xylophone zébré quartz"); // d7: nothing in common

    private static List<Document> documents() {
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < TEXTS.size(); i++) {
            documents.add(new Document("d" + i, null, TEXTS.get(i), "p" + i, null));
        }
        return documents;
    }

    private static Map<String, String> themeOf(List<ThemeEngine.Theme> themes) {
        return themes.stream()
                .flatMap(theme -> theme.members().stream().map(member -> Map.entry(member, theme.id())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void every_document_is_placed_in_exactly_one_theme_and_contributors_choices_are_kept() {
        List<ThemeEngine.Theme> themes =
                engine.place(documents(), THEMES, Map.of("d0", "soins", "d3", "age", "d5", "mobilite", "d1", "age"));
        List<String> all =
                themes.stream().flatMap(theme -> theme.members().stream()).toList();
        assertThat(all).hasSize(TEXTS.size()).doesNotHaveDuplicates();
        Map<String, String> placed = themeOf(themes);
        assertThat(placed)
                .containsEntry("d0", "soins")
                .containsEntry("d3", "age")
                .containsEntry("d5", "mobilite")
                .containsEntry("d1", "age"); // a choice wins even against the words
    }

    @Test
    void the_others_go_to_the_theme_whose_words_and_chosen_members_they_share() {
        Map<String, String> placed =
                themeOf(engine.place(documents(), THEMES, Map.of("d0", "soins", "d3", "age", "d5", "mobilite")));
        assertThat(placed)
                .containsEntry("d1", "soins")
                .containsEntry("d4", "age")
                .containsEntry("d6", "mobilite");
    }

    @Test
    void a_document_sharing_nothing_with_any_theme_goes_to_autres_propositions() {
        Map<String, String> placed = themeOf(engine.place(documents(), THEMES, Map.of()));
        assertThat(placed).containsEntry("d7", ThemeEngine.OTHER);
    }

    @Test
    void
            with_self_training_a_contribution_sharing_no_word_with_any_label_joins_the_theme_of_the_contributions_it_resembles() {
        List<ThemeEngine.ThemeSpec> themes = List.of(
                new ThemeEngine.ThemeSpec("age", "Grand âge", null),
                new ThemeEngine.ThemeSpec("mobilite", "Transports", null));
        List<Document> documents = List.of(
                Document.of("a0", "Le grand âge mérite des EHPAD avec du personnel"),
                Document.of("a1", "Les transports en commun desservent mal les villages"),
                Document.of("a2", "Le personnel des EHPAD est épuisé"));
        // The nearest centroid of the labels alone (the platform's engine) finds nothing for a2; a centroid that learnt
        // from a0 does.
        assertThat(themeOf(engine.place(documents, themes, Map.of()))).containsEntry("a2", ThemeEngine.OTHER);
        ThemeEngine selfTrained = new ThemeEngine(5);
        assertThat(themeOf(selfTrained.place(documents, themes, Map.of())))
                .containsEntry("a0", "age")
                .containsEntry("a1", "mobilite")
                .containsEntry("a2", "age");
        assertThat(selfTrained
                        .prepare(documents, themes, Map.of())
                        .place(Document.of("new", "Des EHPAD sans personnel")))
                .isEqualTo("age");
    }

    @Test
    void a_prepared_model_places_a_new_document_as_the_full_run_would() {
        ThemeEngine.Prepared prepared =
                engine.prepare(documents(), THEMES, Map.of("d0", "soins", "d3", "age", "d5", "mobilite"));
        assertThat(prepared.place(Document.of("new", "Des EHPAD avec plus de soignants pour les personnes âgées")))
                .isEqualTo("age");
        assertThat(prepared.place(Document.of("odd", "Xylophone zébré"))).isEqualTo(ThemeEngine.OTHER);
    }

    @Test
    void without_themes_the_engine_proposes_between_five_and_fifteen_that_cover_every_document_once() {
        List<Document> documents = new ArrayList<>();
        List<String> corpus = BackgroundCorpus.texts().subList(0, 400);
        for (int i = 0; i < corpus.size(); i++) {
            documents.add(Document.of("b" + i, corpus.get(i)));
        }
        List<ThemeEngine.Theme> themes = engine.propose(documents);
        List<ThemeEngine.Theme> proposed = themes.stream()
                .filter(theme -> !theme.id().equals(ThemeEngine.OTHER))
                .toList();
        assertThat(proposed.size()).isBetween(5, 15);
        assertThat(proposed).allSatisfy(theme -> assertThat(theme.label()).isNotBlank());
        Set<String> seen = new HashSet<>();
        themes.forEach(theme -> theme.members()
                .forEach(member -> assertThat(seen.add(member)).as(member).isTrue()));
        assertThat(seen).hasSize(documents.size());
        assertThat(engine.propose(documents)).isEqualTo(themes); // deterministic
    }
}
