package fr.convergences.contribution;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/** A resident's draft, edit, addendum and withdrawal; a volunteer's offline collection; the filtered, paged list. */
class ContributionLifecycleBrowserIT extends BrowserTest {

    private static final String DEMO_PASSWORD = "Demo-Convergences-2026";

    private long consultation(String title, LocalDate contributionsEnd) {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        Actor admin = TestAccounts.actor(platform.bean(fr.convergences.identity.AccountRepository.class)
                .findByEmailIgnoringCase("admin@demo.convergences.fr")
                .orElseThrow());
        return platform.bean(ConsultationService.class)
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                title,
                                "Vos besoins de santé ?",
                                null,
                                List.of(
                                        new ConsultationForm.PhaseDates(
                                                PhaseKind.CONTRIBUTIONS,
                                                LocalDate.now().minusDays(1),
                                                contributionsEnd),
                                        new ConsultationForm.PhaseDates(
                                                PhaseKind.SYNTHESIS,
                                                contributionsEnd,
                                                LocalDate.now().plusDays(60)))))
                .id();
    }

    @Test
    void a_resident_drafts_publishes_edits_completes_and_withdraws_a_contribution() {
        long id = consultation(
                "Cycle de vie " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now().plusDays(30));
        Account resident = new TestAccounts(platform).create("Résidente de Massy");
        SignIn.andOpen(browser, platform, resident.email(), TestAccounts.PASSWORD, "/consultations/" + id);
        browser.find(By.cssSelector("#contribution-title input")).sendKeys("Un bus vers l’hôpital");
        browser.find(By.cssSelector("#contribution-body textarea")).sendKeys("Première idée");
        browser.find(By.cssSelector("#contribution-commune input")).sendKeys("Mass");
        browser.waitUntilIdle();
        browser.find(By.cssSelector("#contribution-commune input")).sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitUntilIdle();
        browser.click(By.id("contribution-save-draft"));
        browser.waitForText(By.id("author-tools"), "Brouillon").waitUntilIdle();
        assertAccessible(browser, "a draft seen by its author");

        browser.click(By.id("contribution-edit-link"));
        browser.find(By.cssSelector("#contribution-body textarea"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "Une navette entre la gare et l’hôpital");
        assertAccessible(browser, "editing a draft");
        browser.click(By.id("contribution-submit"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Un bus vers l’hôpital")
                .waitUntilIdle();
        // The day and the hour in words, in the territory's time zone, named (issue 15: dates through ICU).
        assertThat(browser.text(By.id("author-tools")))
                .contains("Vous pouvez la modifier jusqu’au ")
                .containsPattern(" à \\d\\d:\\d\\d \\(heure ");

        browser.click(By.id("contribution-edit-link"));
        browser.find(By.cssSelector("#contribution-body textarea")).sendKeys(" le samedi aussi");
        browser.click(By.id("contribution-submit"));
        browser.waitForText(By.id("history"), "1 version précédente").waitUntilIdle();
        browser.click(By.cssSelector("#history vaadin-details-summary"));
        assertThat(browser.text(By.id("history"))).contains("Une navette entre la gare et l’hôpital");

        browser.find(By.cssSelector("#addendum-text textarea"))
                .sendKeys("Avec un arrêt devant la maison de santé. Appelez le 06 12 34 56 78.");
        browser.click(By.id("addendum-add"));
        browser.waitForText(By.id("addenda"), "Avec un arrêt devant la maison de santé. Appelez le […].");
        browser.waitForText(By.cssSelector("vaadin-notification-card"), "un numéro de téléphone");
        assertThat(browser.text(By.cssSelector("vaadin-notification-card")))
                .contains("Votre complément est ajouté", "pas même pour la modération");
        browser.click(By.id("withdraw"));
        browser.click(By.id("withdraw-confirm"));
        browser.waitForText(By.id("withdrawn-notice"), "retirée par son auteur").waitUntilIdle();
        assertAccessible(browser, "a withdrawn contribution with its history and addendum");
        browser.open(platform.uri("/consultations/" + id));
        browser.find(By.id("contribution-form"));
        assertThat(browser.text(By.id("main-content")))
                .as("withdrawn: out of the public list")
                .doesNotContain("Un bus vers l’hôpital");
        browser.open(platform.uri("/mes-contributions"));
        assertThat(browser.text(By.id("my-published")))
                .as("still on its author's own page")
                .contains("Un bus vers l’hôpital", "retirée");
    }

    @Test
    void similar_contributions_appear_while_typing_and_the_writer_s_own_is_labelled() throws Exception {
        long id = consultation(
                "Proches " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now().plusDays(30));
        ContributionService contributions = platform.bean(ContributionService.class);
        Account resident = new TestAccounts(platform).create("Résident de Dourdan");
        contributions.submit(
                TestAccounts.actor(new TestAccounts(platform).create("Voisine")),
                id,
                new ContributionForm(
                        ContributionKind.NEED,
                        "Plus de médecins généralistes à Dourdan",
                        "Il faut faire venir des médecins généralistes dans le sud de l’Essonne.",
                        Set.of(),
                        null));
        contributions.submit(
                TestAccounts.actor(resident),
                id,
                new ContributionForm(
                        ContributionKind.PROPOSAL,
                        "Une maison de santé pour attirer les médecins",
                        "Il faut une maison de santé pluriprofessionnelle pour attirer des médecins.",
                        Set.of(),
                        null));
        contributions.submit(
                TestAccounts.actor(new TestAccounts(platform).create("Autre")),
                id,
                new ContributionForm(
                        ContributionKind.PROPOSAL,
                        "Des pistes cyclables",
                        "Il faut des pistes cyclables entre les villages.",
                        Set.of(),
                        null));
        platform.bean(fr.convergences.search.IndexUpdater.class).awaitDrained(java.time.Duration.ofSeconds(20));

        SignIn.andOpen(browser, platform, resident.email(), TestAccounts.PASSWORD, "/consultations/" + id);
        browser.find(By.cssSelector("#contribution-title input")).sendKeys("Manque de médecins");
        browser.find(By.cssSelector("#contribution-body textarea"))
                .sendKeys("Nous n’avons plus de médecin généraliste dans notre commune.");
        browser.waitForText(By.id("similar-contributions"), "Plus de médecins généralistes à Dourdan");
        String suggestions = browser.text(By.id("similar-contributions"));
        assertThat(suggestions)
                .contains("Une maison de santé pour attirer les médecins")
                .doesNotContain("pistes cyclables");
        assertThat(browser.text(By.xpath("//*[@id='similar-contributions']//li[contains(., 'Une maison de santé')]")))
                .contains("votre contribution");
        assertThat(browser.text(By.xpath("//*[@id='similar-contributions']//li[contains(., 'Dourdan')]")))
                .doesNotContain("votre contribution");
        assertAccessible(browser, "contribution form with similar contributions");
    }

    @Test
    void a_double_click_on_publish_publishes_one_contribution() {
        long id = consultation(
                "Double clic " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now().plusDays(30));
        Account resident = new TestAccounts(platform).create("Résident pressé");
        SignIn.andOpen(browser, platform, resident.email(), TestAccounts.PASSWORD, "/consultations/" + id);
        String title = "Un seul envoi " + UUID.randomUUID().toString().substring(0, 6);
        browser.find(By.cssSelector("#contribution-title input")).sendKeys(title);
        browser.find(By.cssSelector("#contribution-body textarea"))
                .sendKeys("Deux clics rapides ne font qu’une contribution.");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find(By.id("contribution-submit")));
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .doubleClick(browser.find(By.id("contribution-submit")))
                .perform();
        browser.waitForText(By.cssSelector("#main-content h1"), title).waitUntilIdle();
        assertThat(new fr.convergences.testing.TestSql(platform)
                        .count("SELECT count(*) FROM contribution WHERE title = ?", title))
                .isEqualTo(1);
    }

    @Test
    void a_volunteer_collects_contributions_offline_during_the_synthesis() {
        long id = consultation(
                "Recueil " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now().minusDays(1));
        SignIn.andOpen(browser, platform, "debats@demo.convergences.fr", DEMO_PASSWORD, "/consultations/" + id);
        assertThat(browser.driver().findElements(By.id("contribution-form")))
                .as("online contributions are closed")
                .isEmpty();
        browser.click(By.id("collect-link"));
        browser.find(By.cssSelector("#mediation-place input")).sendKeys("Marché des Épinettes");
        browser.find(By.cssSelector("#contribution-title input")).sendKeys("Plus de médecin traitant");
        browser.find(By.cssSelector("#contribution-body textarea"))
                .sendKeys("Mon médecin est parti à la retraite, personne ne me prend.");
        browser.click(By.id("mediation-save"));
        browser.waitForText(By.id("mediation-status"), "Cochez l’accord de la personne");
        assertAccessible(browser, "collection form with a refusal");
        browser.click(By.cssSelector("#mediation-consent input"));
        browser.find(By.cssSelector("#mediation-name input")).sendKeys("Mme R.");
        browser.click(By.id("mediation-save"));
        browser.waitForText(By.id("mediation-status"), "« Plus de médecin traitant » enregistrée");
        assertThat(browser.find(By.cssSelector("#contribution-title input")).getAttribute("value"))
                .as("ready for the next one")
                .isEmpty();

        browser.open(platform.uri("/consultations/" + id));
        assertThat(browser.text(By.id("contributions")))
                .contains("Plus de médecin traitant", "recueillie par", "Marché des Épinettes")
                .doesNotContain("Mme R.");
        assertThat(browser.text(By.id("origin-figure"))).startsWith("0 contribution en ligne, 1 recueillie");
    }

    @Test
    void the_public_list_is_filtered_sorted_and_paged_through_its_address() {
        long id = consultation(
                "Liste " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now().plusDays(30));
        ContributionService contributions = platform.bean(ContributionService.class);
        TestAccounts accounts = new TestAccounts(platform);
        long supported = 0;
        for (int i = 1; i <= 23; i++) {
            Contribution saved = contributions.submit(
                    TestAccounts.actor(accounts.create("Auteur " + i)),
                    id,
                    new ContributionForm(
                            i % 4 == 0 ? ContributionKind.TESTIMONY : ContributionKind.PROPOSAL,
                            "Proposition n° " + i,
                            "Texte " + i,
                            Set.of(),
                            null));
            supported = i == 5 ? saved.id() : supported;
        }
        platform.bean(DiscussionService.class).support(TestAccounts.actor(accounts.create("Soutien")), supported);

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/consultations/" + id));
        assertThat(browser.text(By.id("matching-count"))).isEqualTo("23 contributions correspondent.");
        assertAccessible(browser, "the public list with its filters");
        browser.click(By.linkText("Page suivante"));
        browser.waitForText(By.id("contribution-pages"), "Page 2 sur 2");
        assertThat(browser.text(By.id("contributions")))
                .contains("Proposition n° 1")
                .doesNotContain("Proposition n° 23");
        // Issue 15: the new page is shown from the head of the list, not from the pager below where the click was.
        assertThat(browser.script("const top = document.getElementById('matching-count').getBoundingClientRect().top;"
                        + " return top > -5 && top < window.innerHeight;"))
                .as("the list's head is in view")
                .isEqualTo(true);

        browser.click(By.id("filter-kind"));
        browser.click(By.xpath("//vaadin-select-item[normalize-space()='Un témoignage']"));
        browser.waitForText(By.id("matching-count"), "5 contributions correspondent.");
        assertThat(browser.driver().getCurrentUrl()).contains("type=TESTIMONY").doesNotContain("page=");
        browser.open(platform.uri("/consultations/" + id + "?tri=MOST_SUPPORTED"));
        assertThat(browser.text(By.cssSelector("#contributions li"))).startsWith("Proposition n° 5");
        browser.open(platform.uri("/consultations/" + id + "?tri=nimporte&page=abc&type=%3Cscript%3E"));
        assertThat(browser.text(By.id("matching-count")))
                .as("bad parameters are ignored")
                .isEqualTo("23 contributions correspondent.");
    }

    @Test
    void a_council_admin_edits_the_calendar_and_the_themes_of_a_consultation() {
        long id = consultation(
                "Édition " + UUID.randomUUID().toString().substring(0, 6),
                LocalDate.now().plusDays(30));
        SignIn.andOpen(browser, platform, "admin@demo.convergences.fr", DEMO_PASSWORD, "/consultations/" + id);
        browser.click(By.id("consultation-edit-link"));
        browser.find(By.id("theme-editor"));
        assertAccessible(browser, "consultation edit page");
        browser.find(By.cssSelector("#theme-new input")).sendKeys("Santé des jeunes");
        browser.click(By.id("theme-add"));
        browser.find(By.cssSelector("vaadin-button[aria-label='Supprimer le thème Santé des jeunes']"));
        browser.find(By.cssSelector("#phase-debates-start input")).sendKeys("01/01/2030", Keys.ENTER);
        browser.click(By.id("consultation-save"));
        browser.waitForText(By.id("consultation-status"), "Chaque phase a une date de début et une date de fin");
        browser.find(By.cssSelector("#phase-debates-end input")).sendKeys("02/01/2030", Keys.ENTER);
        browser.click(By.id("consultation-save"));
        browser.waitForText(By.id("phases"), "Débats");
        assertThat(browser.text(By.id("contribution-themes"))).contains("Santé des jeunes");
    }
}
