package fr.convergences.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchServiceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final SearchService search = platform.bean(SearchService.class);
    private SearchFixture fixture;

    @BeforeEach
    void freshCouncil() {
        fixture = new SearchFixture(platform);
    }

    private SearchResults searchHere(String text) {
        return search.search(Actor.ANONYMOUS, SearchQuery.of(text, fixture.council.id()));
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchResults.Hit::contributionId).toList();
    }

    @Test
    void a_contribution_submitted_through_the_service_is_found_once_the_outbox_is_applied() {
        Account resident = new TestAccounts(platform).create("Habitante");
        Contribution submitted = platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(resident),
                        fixture.consultation.id(),
                        new ContributionForm(
                                ContributionKind.NEED,
                                "Trouver un médecin traitant à Évry",
                                "Depuis le départ de mon médecin, aucun cabinet ne prend de nouveaux patients.",
                                Set.of(),
                                "91228"));

        fixture.awaitIndexed();

        SearchResults results =
                search.search(TestAccounts.actor(resident), SearchQuery.of("généraliste", fixture.council.id()));
        assertThat(ids(results)).containsExactly(submitted.id());
        SearchResults.Hit hit = results.hits().getFirst();
        assertThat(hit.titleHtml()).isEqualTo("Trouver un <mark>médecin</mark> <mark>traitant</mark> à Évry");
        assertThat(hit.mine()).isTrue();
        assertThat(hit.consultationTitle()).isEqualTo("Diagnostic territorial");
        assertThat(searchHere("généraliste").hits().getFirst().mine())
                .as("anonymous viewers own nothing")
                .isFalse();
        assertThat(platform.bean(IndexUpdater.class).pendingCount()).isZero();
    }

    @Test
    void drafts_withdrawn_and_hidden_contributions_are_never_returned() {
        String word = "vaccinodrome";
        long published = fixture.contribution("Un " + word + " au centre", "Ouvrir un " + word + " près de la gare.")
                .save();
        fixture.contribution("Brouillon " + word, "Pas encore publié " + word)
                .status("DRAFT")
                .save();
        fixture.contribution("Masqué " + word, "Masqué par la modération " + word)
                .hidden()
                .save();
        fixture.contribution("Retiré " + word, "Retiré par son auteur " + word)
                .status("WITHDRAWN")
                .save();
        fixture.awaitIndexed();

        SearchResults results = searchHere(word);
        assertThat(ids(results)).containsExactly(published);

        ModerationService moderation = platform.bean(ModerationService.class);
        moderation.hide(fixture.admin, published, "Propos injurieux");
        fixture.awaitIndexed();
        assertThat(ids(searchHere(word))).isEmpty();

        moderation.restore(fixture.admin, published, "Erreur de modération");
        fixture.awaitIndexed();
        assertThat(ids(searchHere(word))).containsExactly(published);
    }

    @Test
    void facets_count_each_value_and_a_ticked_value_leaves_the_other_values_of_its_facet_countable() {
        List<Long> themes = fixture.themes();
        fixture.contribution("Pédiatre introuvable", "Aucun pédiatre à moins de trente kilomètres.")
                .kind("NEED")
                .themes(List.of(themes.get(0)))
                .commune("91228")
                .save();
        fixture.contribution("Pédiatre de garde", "Un pédiatre de garde le week-end.")
                .kind("PROPOSAL")
                .themes(List.of(themes.get(0), themes.get(1)))
                .origin("PAPER")
                .save();
        fixture.contribution("Attente chez le pédiatre", "Trois mois d’attente chez le pédiatre.")
                .kind("NEED")
                .save();
        fixture.awaitIndexed();

        SearchResults all = searchHere("pédiatre");
        assertThat(all.total()).isEqualTo(3);
        assertThat(counts(all, SearchFacet.KIND)).isEqualTo(Map.of("NEED", 2L, "PROPOSAL", 1L));
        assertThat(counts(all, SearchFacet.AUTHOR)).isEqualTo(Map.of("RESIDENT", 2L, "OFFLINE", 1L));
        assertThat(counts(all, SearchFacet.COMMUNE)).containsEntry("91228", 1L).containsEntry("NONE", 2L);
        assertThat(counts(all, SearchFacet.THEME))
                .containsEntry(themes.get(0).toString(), 2L)
                .containsEntry(themes.get(1).toString(), 1L);
        assertThat(counts(all, SearchFacet.ANSWER)).isEqualTo(Map.of("NONE", 3L));
        assertThat(all.facets())
                .filteredOn(group -> group.facet() == SearchFacet.THEME)
                .flatExtracting(SearchResults.FacetGroup::values)
                .extracting(SearchResults.FacetValue::label)
                .doesNotContainNull();

        SearchResults needs = search.search(
                Actor.ANONYMOUS,
                SearchQuery.of("pédiatre", fixture.council.id()).withFilters(Map.of(SearchFacet.KIND, Set.of("NEED"))));
        assertThat(needs.total()).isEqualTo(2);
        assertThat(counts(needs, SearchFacet.KIND)).isEqualTo(Map.of("NEED", 2L, "PROPOSAL", 1L));
        assertThat(counts(needs, SearchFacet.AUTHOR)).isEqualTo(Map.of("RESIDENT", 2L));

        SearchResults needsOnTheme = search.search(
                Actor.ANONYMOUS,
                SearchQuery.of("", fixture.council.id())
                        .withFilters(Map.of(
                                SearchFacet.KIND,
                                Set.of("NEED"),
                                SearchFacet.THEME,
                                Set.of(themes.get(0).toString()))));
        assertThat(needsOnTheme.total()).isEqualTo(1);
    }

    @Test
    void the_official_answer_status_is_a_facet_and_follows_the_answer() {
        long answered = fixture.contribution("Transport vers l’hôpital", "Un minibus vers l’hôpital.")
                .save();
        fixture.contribution("Navette hospitalière", "Une navette vers l’hôpital le samedi.")
                .save();
        fixture.awaitIndexed();
        platform.bean(fr.convergences.contribution.answer.AnswerService.class)
                .answer(
                        fixture.admin,
                        answered,
                        fr.convergences.contribution.AnswerStatus.UNDER_STUDY,
                        "Le conseil étudie la question.");
        fixture.awaitIndexed();

        SearchResults results = searchHere("hôpital");
        assertThat(counts(results, SearchFacet.ANSWER)).isEqualTo(Map.of("UNDER_STUDY", 1L, "NONE", 1L));
        assertThat(results.hits())
                .filteredOn(hit -> hit.contributionId() == answered)
                .extracting(SearchResults.Hit::answer)
                .containsExactly("UNDER_STUDY");
    }

    @Test
    void bad_queries_get_a_clear_outcome_never_an_error() {
        long id = fixture.contribution("Maison de santé à Corbeil", "Ouvrir une maison de santé pluriprofessionnelle.")
                .save();
        fixture.awaitIndexed();

        assertThat(ids(searchHere("\"maison de santé"))).as("unbalanced quote").containsExactly(id);
        assertThat(ids(searchHere("maison) (santé~ \\ * ? [ ] { } ^ : / ! && || -")))
                .as("Lucene syntax is just text")
                .containsExactly(id);
        assertThat(ids(searchHere("\"maison de santé\""))).as("a phrase").containsExactly(id);
        assertThat(ids(searchHere("msp"))).as("an acronym").containsExactly(id);

        SearchResults longQuery = searchHere("maison " + "santé ".repeat(2000));
        assertThat(longQuery.notice()).isEqualTo(SearchResults.Notice.TRUNCATED);
        assertThat(longQuery.searchedText()).hasSize(SearchQueryBuilder.MAX_LENGTH);
        assertThat(ids(longQuery)).containsExactly(id);

        SearchResults empty = searchHere("   ");
        assertThat(empty.notice()).isEqualTo(SearchResults.Notice.NO_QUERY);
        assertThat(ids(empty)).containsExactly(id);

        SearchResults stopWords = searchHere("le la de + - ( ) \"");
        assertThat(stopWords.notice()).isEqualTo(SearchResults.Notice.NO_WORDS);
        assertThat(stopWords.hits()).isEmpty();
    }

    @Test
    void health_words_find_what_residents_wrote_and_nothing_with_every_word_falls_back_to_any_word_with_a_spelling() {
        long foodAid = fixture.contribution(
                        "Circuits courts", "Privilégier les circuits courts, sauf en cas d’urgences alimentaires.")
                .save();
        long waiting = fixture.contribution(
                        "Attente aux urgences de l’hôpital",
                        "Six heures d’attente aux urgences de l’hôpital de Corbeil.")
                .save();
        long samu = fixture.contribution("Le SAMU arrive trop tard", "Quarante minutes pour venir dans nos villages.")
                .save();
        long doctors = fixture.contribution(
                        "Plus de cabinet à Méréville",
                        "Depuis deux ans, manque de médecins : aucun cabinet ne prend de patients.")
                .save();
        long psychiatry = fixture.contribution(
                        "Psychiatrie des adolescents", "Six mois d’attente en psychiatrie pour un adolescent.")
                .save();
        fixture.awaitIndexed();

        SearchResults urgences = searchHere("urgences");
        assertThat(ids(urgences)).containsExactlyInAnyOrder(foodAid, waiting, samu);
        assertThat(ids(urgences).getFirst())
                .as("the hospital's emergencies before the food emergency")
                .isEqualTo(waiting);
        assertThat(ids(searchHere("déserts médicaux"))).containsExactly(doctors);
        assertThat(ids(searchHere("santé mentale"))).containsExactly(psychiatry);
        assertThat(searchHere("santé mentale").notice()).isEqualTo(SearchResults.Notice.NONE);

        SearchResults anyWord = searchHere("psychiatrie villages");
        assertThat(anyWord.notice()).as("no contribution has both words").isEqualTo(SearchResults.Notice.ANY_WORDS);
        assertThat(ids(anyWord)).containsExactlyInAnyOrder(psychiatry, samu);
        assertThat(anyWord.hits().getFirst().excerptHtml()).contains("<mark>");

        SearchResults misspelt = searchHere("l’attente en psychatrie");
        assertThat(misspelt.spelling()).isEqualTo("l’attente en psychiatrie");
        assertThat(misspelt.notice()).isEqualTo(SearchResults.Notice.ANY_WORDS);
        assertThat(searchHere("psychatrie").hits())
                .as("one unknown word: nothing to fall back to")
                .isEmpty();
        assertThat(searchHere("psychatrie").spelling()).isEqualTo("psychiatrie");
        assertThat(searchHere("urgences").spelling())
                .as("found: nothing to correct")
                .isNull();
    }

    @Test
    void html_in_a_contribution_comes_back_escaped_with_only_mark_added() {
        fixture.contribution(
                        "<b>Urgences</b> fermées", "<script>alert('urgences')</script> La nuit, les urgences ferment.")
                .save();
        fixture.awaitIndexed();

        SearchResults.Hit hit = searchHere("urgences").hits().getFirst();
        assertThat(hit.titleHtml()).isEqualTo("&lt;b&gt;<mark>Urgences</mark>&lt;/b&gt; fermées");
        assertThat(hit.excerptHtml())
                .contains("&lt;script&gt;alert(&#39;<mark>urgences</mark>&#39;)&lt;/script&gt;")
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void one_council_is_searched_by_default_and_all_territories_on_request() {
        String word = "télécabine" + UUID.randomUUID().toString().substring(0, 6);
        long here = fixture.contribution("Une " + word + " vers l’hôpital", "Relier le plateau.")
                .save();
        SearchFixture elsewhere = new SearchFixture(platform);
        long there = elsewhere
                .contribution("Une " + word + " aussi", "Relier la vallée.")
                .save();
        fixture.awaitIndexed();

        assertThat(ids(searchHere(word))).containsExactly(here);
        SearchResults everywhere = search.search(
                Actor.ANONYMOUS, SearchQuery.of(word, fixture.council.id()).withAllTerritories(true));
        assertThat(ids(everywhere)).containsExactlyInAnyOrder(here, there);
        assertThat(everywhere.facets())
                .filteredOn(group -> group.facet() == SearchFacet.COUNCIL)
                .flatExtracting(SearchResults.FacetGroup::values)
                .extracting(SearchResults.FacetValue::label)
                .containsExactlyInAnyOrder(fixture.council.name(), elsewhere.council.name());
        assertThat(everywhere.hits()).extracting(SearchResults.Hit::councilName).contains(elsewhere.council.name());
    }

    @Test
    void results_sort_by_relevance_by_date_or_by_supports_and_come_in_pages() {
        long old = fixture.contribution("Diabète : éducation thérapeutique", "Des ateliers diabète, diabète, diabète.")
                .publishedAgo(Duration.ofDays(10))
                .save();
        long recent = fixture.contribution("Ateliers de prévention", "Parler aussi du diabète.")
                .publishedAgo(Duration.ofDays(1))
                .save();
        long supported = fixture.contribution("Dépistage gratuit", "Dépistage du diabète en pharmacie.")
                .publishedAgo(Duration.ofDays(5))
                .save();
        for (int i = 0; i < 3; i++) {
            Account supporter = new TestAccounts(platform).create("Soutien " + i);
            platform.bean(DiscussionService.class).support(TestAccounts.actor(supporter), supported);
        }
        fixture.awaitIndexed();

        SearchQuery query = SearchQuery.of("diabète", fixture.council.id());
        assertThat(ids(search.search(Actor.ANONYMOUS, query))).startsWith(old);
        assertThat(ids(search.search(Actor.ANONYMOUS, query.withSort(SearchSort.NEWEST))))
                .containsExactly(recent, supported, old);
        SearchResults bySupport = search.search(Actor.ANONYMOUS, query.withSort(SearchSort.MOST_SUPPORTED));
        assertThat(ids(bySupport).getFirst()).isEqualTo(supported);
        assertThat(bySupport.hits().getFirst().supports()).isEqualTo(3);

        for (int i = 0; i < SearchQuery.PAGE_SIZE; i++) {
            fixture.contribution("Diabète " + i, "Diabète encore.").save();
        }
        fixture.awaitIndexed();
        SearchResults first = search.search(Actor.ANONYMOUS, query.withSort(SearchSort.NEWEST));
        SearchResults second =
                search.search(Actor.ANONYMOUS, query.withSort(SearchSort.NEWEST).withPage(1));
        assertThat(first.total()).isEqualTo(13);
        assertThat(first.pageCount()).isEqualTo(2);
        assertThat(first.hits()).hasSize(SearchQuery.PAGE_SIZE);
        assertThat(ids(second)).containsExactly(recent, supported, old);
    }

    @Test
    void suggestions_are_titles_that_start_like_the_typed_words() {
        fixture.contribution("Centre de santé sexuelle", "Un centre ouvert le soir.")
                .save();
        fixture.contribution("Centre dentaire mutualiste", "Des soins dentaires sans dépassement.")
                .save();
        fixture.awaitIndexed();

        assertThat(search.suggest("centre den", fixture.council.id(), false, 5))
                .containsExactly("Centre dentaire mutualiste");
        assertThat(search.suggest("cent", fixture.council.id(), false, 5))
                .containsExactlyInAnyOrder("Centre de santé sexuelle", "Centre dentaire mutualiste");
        assertThat(search.suggest("\"(", fixture.council.id(), false, 5)).isEmpty();
    }

    private static Map<String, Long> counts(SearchResults results, SearchFacet facet) {
        return results.facets().stream()
                .filter(group -> group.facet() == facet)
                .flatMap(group -> group.values().stream())
                .collect(java.util.stream.Collectors.toMap(
                        SearchResults.FacetValue::value, SearchResults.FacetValue::count));
    }
}
