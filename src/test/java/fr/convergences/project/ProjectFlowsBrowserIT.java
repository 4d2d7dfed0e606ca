package fr.convergences.project;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationForm;
import fr.convergences.territory.organisation.OrganisationKind;
import fr.convergences.territory.organisation.OrganisationService;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestSql;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Three flows of the projet territorial in the browser: the council admin proposes an indicator and records the users'
 * college's agreement, after which the public dashboard shows it co-adopted; the admin records the projet's adoption by a
 * délibération and publishes it, after which the public sees the published version; a volunteer prints the letters for
 * the people whose words they collected offline, and nobody else gets them.
 */
class ProjectFlowsBrowserIT extends BrowserTest {

    private final TestSql sql = new TestSql(platform);

    @Test
    void
            admin_proposes_an_indicator_records_the_users_college_agreement_and_the_public_dashboard_shows_it_co_adopted() {
        ProjectFixture fixture = new ProjectFixture(platform);
        Account secretariat = councilAdmin(fixture, "Secrétariat des indicateurs");
        ProjectService projects = platform.bean(ProjectService.class);
        HealthProject project =
                projects.open(fixture.admin, fixture.councilId(), "Projet territorial de santé", "Trois priorités.");
        projects.adopt(fixture.admin, project.id(), fixture.adoptedMotion(MotionKind.DELIBERATION));
        projects.publish(fixture.admin, project.id());
        String slug = fixture.council.council.slug();
        String usersCollege = fixture.council.colleges.get(1).name();

        SignIn.andOpen(
                browser,
                platform,
                secretariat.email(),
                TestAccounts.PASSWORD,
                "/conseils/" + slug + "/projet/administration");
        type("indicator-name", "Délai d’accès à un ophtalmologue");
        type("indicator-definition", "Jours d’attente médians pour un premier rendez-vous.");
        type("indicator-unit", "jours");
        type("indicator-source", "Enquête de l’ARS");
        type("indicator-owner", "Délégation départementale");
        type("indicator-baseline", "120");
        type("indicator-target", "60");
        choose("indicator-direction", "Plus c’est bas, mieux c’est");
        browser.click(By.id("indicator-create"));
        waitFor(() -> sql.count("SELECT count(*) FROM project_indicator WHERE project_id = ?", project.id()) == 1);
        long indicator = ((Number) sql.column("SELECT id FROM project_indicator WHERE project_id = ?", project.id())
                        .getFirst())
                .longValue();

        browser.open(platform.uri("/conseils/" + slug + "/projet/administration"));
        browser.find(By.id("agreement-record"));
        assertAccessible(browser, "the projet's admin page with an indicator awaiting agreement");
        choose("agreement-college", usersCollege);
        browser.click(By.id("agreement-record"));
        waitFor(() -> sql.count(
                        "SELECT count(*) FROM project_indicator WHERE id = ? AND agreed_college_id IS NOT NULL",
                        indicator)
                == 1);
        assertThat(sql.column("SELECT agreed_college_id FROM project_indicator WHERE id = ?", indicator)
                        .getFirst())
                .isEqualTo(fixture.council.colleges.get(1).id());
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'project.indicator.coAdopt' AND subject_id = ?",
                        String.valueOf(indicator)))
                .isEqualTo(1);
        browser.open(platform.uri("/conseils/" + slug + "/projet/administration"));
        browser.find(By.id("indicator-create"));
        assertThat(browser.driver().findElements(By.id("agreement-record")))
                .as("nothing left awaiting agreement")
                .isEmpty();

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/conseils/" + slug + "/indicateurs"));
        assertThat(browser.text(By.id("indicator-agreement-" + indicator)))
                .contains("Co-adopté avec le collège")
                .contains(usersCollege);
        assertThat(browser.text(By.id("indicator-" + indicator)))
                .contains("Délai d’accès à un ophtalmologue")
                .contains("Enquête de l’ARS");
        assertAccessible(browser, "the public dashboard with a co-adopted indicator");
    }

    @Test
    void admin_records_the_adoption_by_a_deliberation_publishes_it_and_the_public_sees_the_published_version() {
        ProjectFixture fixture = new ProjectFixture(platform);
        Account secretariat = councilAdmin(fixture, "Secrétariat du projet");
        HealthProject project = platform.bean(ProjectService.class)
                .open(
                        fixture.admin,
                        fixture.councilId(),
                        "Projet territorial 2027-2031",
                        "Le projet **répond** aux besoins du diagnostic.");
        long motion = fixture.adoptedMotion(MotionKind.DELIBERATION);
        String motionTitle = (String)
                sql.column("SELECT title FROM motion WHERE id = ?", motion).getFirst();
        String slug = fixture.council.council.slug();

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/conseils/" + slug + "/projet"));
        browser.find(By.id("project-none"));
        assertThat(browser.text(By.id("main-content")))
                .as("a draft is not public")
                .doesNotContain("Projet territorial 2027-2031");

        SignIn.andOpen(
                browser,
                platform,
                secretariat.email(),
                TestAccounts.PASSWORD,
                "/conseils/" + slug + "/projet/administration");
        choose("project-adopt-motion", motionTitle);
        browser.click(By.id("project-adopt"));
        browser.find(By.id("project-publish"));
        assertThat(sql.column("SELECT status FROM health_project_version WHERE project_id = ?", project.id()))
                .containsExactly("ADOPTED");
        assertAccessible(browser, "the projet's admin page with an adopted version");
        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/conseils/" + slug + "/projet"));
        browser.find(By.id("project-none"));

        SignIn.andOpen(
                browser,
                platform,
                secretariat.email(),
                TestAccounts.PASSWORD,
                "/conseils/" + slug + "/projet/administration");
        browser.click(By.id("project-publish"));
        waitFor(() -> sql.count(
                        "SELECT count(*) FROM health_project_version WHERE project_id = ? AND status = 'PUBLISHED'",
                        project.id())
                == 1);
        assertThat(sql.column(
                        "SELECT action FROM audit_entry WHERE council_id = ? AND action LIKE 'project.version.%' ORDER BY seq",
                        fixture.councilId()))
                .as("adoption and publication are audited")
                .containsExactly("project.version.adopt", "project.version.publish");

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/conseils/" + slug + "/projet"));
        assertThat(browser.text(By.id("project-version")))
                .contains("Version 1 adoptée le")
                .contains("publiée le");
        String page = browser.text(By.id("main-content"));
        assertThat(page)
                .contains("Projet territorial 2027-2031")
                .contains("Le projet répond aux besoins du diagnostic.");
        assertThat(browser.find(By.cssSelector("a[href='motions/" + motion + "']"))
                        .getText())
                .isEqualTo("#" + motion);
        assertThat(browser.driver().findElements(By.id("project-admin-link")))
                .as("the public manages nothing")
                .isEmpty();
        assertAccessible(browser, "the public projet, published");
    }

    @Test
    void a_volunteer_prints_the_letters_for_what_they_collected_offline_and_a_stranger_gets_none() throws IOException {
        ProjectFixture fixture = new ProjectFixture(platform);
        TestAccounts accounts = new TestAccounts(platform);
        Account volunteer = accounts.create("Bénévole du marché");
        Account stranger = accounts.create("Voisine curieuse");
        Organisation association = platform.bean(OrganisationService.class)
                .register(
                        TestAccounts.actor(volunteer),
                        new OrganisationForm(
                                "Entraide Étampes "
                                        + UUID.randomUUID().toString().substring(0, 8),
                                OrganisationKind.ASSOCIATION,
                                false,
                                null,
                                null));
        sql.update("UPDATE organisation SET verified = true WHERE id = ?", association.id());
        long consultation = platform.bean(ConsultationService.class)
                .open(
                        fixture.admin,
                        fixture.councilId(),
                        new ConsultationForm(
                                "Diagnostic partagé",
                                "Quels sont vos besoins de santé ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusMonths(1),
                                        LocalDate.now().plusMonths(1)))))
                .id();
        long named = collected(
                consultation,
                "Plus de pharmacie de garde",
                volunteer.id(),
                association.id(),
                "Marché d’Étampes",
                "Mme Lucienne Martin");
        long anonymous = collected(
                consultation,
                "Le bus ne va pas à l’hôpital",
                volunteer.id(),
                association.id(),
                "Foyer-logement des Tilleuls",
                null);
        long own = collected(
                consultation,
                "Un dentiste à moins d’une heure",
                volunteer.id(),
                null,
                "Porte-à-porte",
                "M. Gérard Petit");

        SignIn.andOpen(browser, platform, volunteer.email(), TestAccounts.PASSWORD, "/lettres");
        browser.find(By.id("letters"));
        assertAccessible(browser, "the letters page of a volunteer");
        WebElement forAssociation = browser.find(By.id("letters-organisation-" + association.id()));
        assertThat(forAssociation.getText()).contains(association.name()).contains("2 lettres");
        assertThat(browser.text(By.id("letters-own"))).contains("1 lettre");

        List<String> associationPages = pages(download(forAssociation));
        assertThat(associationPages).hasSize(2);
        assertThat(String.join("\n", associationPages))
                .contains(
                        "Mme Lucienne Martin",
                        "« Plus de pharmacie de garde »",
                        "« Le bus ne va pas à l’hôpital »",
                        "/contributions/" + named,
                        "/contributions/" + anonymous)
                .doesNotContain("Gérard Petit", "Un dentiste");
        assertThat(associationPages.get(1))
                .as("one letter a page: a name goes only on its own letter")
                .doesNotContain("Lucienne");
        List<String> ownPages = pages(download(browser.find(By.id("letters-own"))));
        assertThat(ownPages)
                .singleElement()
                .asString()
                .contains("M. Gérard Petit", "« Un dentiste à moins d’une heure »", "/contributions/" + own)
                .doesNotContain("Lucienne");
        String associationLetters = forAssociation.getAttribute("href");

        SignIn.andOpen(browser, platform, stranger.email(), TestAccounts.PASSWORD, "/lettres");
        browser.waitForText(By.id("main-content"), "Vous n’avez recueilli aucune contribution hors ligne");
        assertThat(browser.driver().findElements(By.id("letters"))).isEmpty();
        assertAccessible(browser, "the letters page of someone who collected nothing");
        Object leaked =
                browser.script("return fetch(arguments[0]).then(response => response.text())", associationLetters);
        assertThat((String) leaked)
                .as("the volunteer's download does not serve another session")
                .doesNotContain("%PDF")
                .doesNotContain("Lucienne");
    }

    private Account councilAdmin(ProjectFixture fixture, String name) {
        Account account = new TestAccounts(platform).create(name);
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, account.id(), fixture.councilId(), CouncilRole.COUNCIL_ADMIN));
        return account;
    }

    /**
     * A contribution collected offline by the volunteer, through the use case volunteers use: the volunteer holds the
     * debate organiser role of the council (what collecting asks), given here once.
     */
    private long collected(
            long consultation, String title, long volunteer, Long organisation, String place, String participant) {
        long council = platform.bean(ConsultationService.class).councilOf(consultation);
        CouncilRoleRepository roles = platform.bean(CouncilRoleRepository.class);
        if (!roles.existsByAccountIdAndCouncilIdAndRole(volunteer, council, CouncilRole.DEBATE_ORGANISER)) {
            roles.save(new CouncilRoleGrant(null, volunteer, council, CouncilRole.DEBATE_ORGANISER));
        }
        return platform.bean(MediationService.class)
                .collect(
                        Actor.account(volunteer),
                        consultation,
                        new MediationForm(
                                new ContributionForm(
                                        ContributionKind.NEED, title, "Dit de vive voix au bénévole.", Set.of(), null),
                                place,
                                organisation,
                                true,
                                participant,
                                null))
                .id();
    }

    /** The file behind a download link, fetched by the page itself so that it goes with the signed-in session. */
    private byte[] download(WebElement link) {
        Object base64 = browser.script(
                "return fetch(arguments[0].href).then(response => response.arrayBuffer()).then(buffer => {"
                        + " const bytes = new Uint8Array(buffer); let text = '';"
                        + " for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }"
                        + " return btoa(text); })",
                link);
        return Base64.getDecoder().decode((String) base64);
    }

    /** Each page's text, white space folded (the letters print French no-break spaces). */
    private static List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document).replaceAll("\\s+", " "));
            }
            return pages;
        }
    }

    /** Polls the server's side of a click (a write, then a reload) without sleeping. */
    private void waitFor(BooleanSupplier done) {
        for (int wait = 0; wait < 100 && !done.getAsBoolean(); wait++) {
            browser.waitUntilIdle();
        }
        if (!done.getAsBoolean()) {
            // Say what the page said (a refusal shows in the status line) rather than only that nothing was written.
            List<WebElement> status = browser.driver().findElements(By.id("project-admin-status"));
            assertThat(false)
                    .as(
                            "the change reached the database; the page says: %s",
                            status.isEmpty() ? "" : status.getFirst().getText())
                    .isTrue();
        }
    }

    private void type(String id, String text) {
        WebElement field = browser.find(By.cssSelector("#" + id + " input, #" + id + " textarea"));
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        browser.waitUntilIdle();
    }

    private void choose(String id, String label) {
        browser.click(By.id(id));
        browser.click(
                By.xpath("//vaadin-select[@id='" + id + "']//vaadin-select-item[normalize-space()='" + label + "']"));
        browser.waitUntilIdle();
    }
}
