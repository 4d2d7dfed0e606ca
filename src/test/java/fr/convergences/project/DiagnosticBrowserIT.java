package fr.convergences.project;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Account;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A council secretary writes the diagnostic territorial in the browser: opens it on the consultation, builds it from
 * the published synthesis, writes a section, flags a priority commune, imports figures per commune (a wrong file first,
 * refused line by line), records its adoption by the délibération and publishes it; a resident then reads it, with
 * its version, needs, priority commune and figures, and downloads its PDF.
 */
class DiagnosticBrowserIT extends BrowserTest {

    @Test
    void a_secretary_writes_builds_adopts_and_publishes_the_diagnostic_and_a_resident_reads_it() throws Exception {
        DiagnosticFixture fixture = new DiagnosticFixture(platform);
        ProjectFixture project = fixture.project;
        Account secretary = new TestAccounts(platform).create("Secrétaire du conseil");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, secretary.id(), project.councilId(), CouncilRole.COUNCIL_ADMIN));
        project.adoptedMotion(MotionKind.DELIBERATION);
        String slug = fixture.slug();
        TestSql sql = new TestSql(platform);

        SignIn.andOpen(
                browser,
                platform,
                secretary.email(),
                TestAccounts.PASSWORD,
                "/conseils/" + slug + "/diagnostic/administration");
        choose("diagnostic-consultation", "Convergences " + project.councilId());
        type("diagnostic-title", "Diagnostic territorial de santé 2026");
        type("diagnostic-introduction", "Ce que les habitants ont dit de leur santé.");
        browser.click(By.id("diagnostic-open"));
        browser.click(By.id("diagnostic-build"));
        browser.find(By.id("diagnostic-section-text-1"));
        assertAccessible(browser, "the diagnostic's admin page");
        type("diagnostic-section-text-1", "Le sud du territoire manque de médecins généralistes.");
        browser.click(By.id("diagnostic-section-save-1"));
        waitFor(() -> sql.count(
                        "SELECT count(*) FROM diagnostic_section s JOIN diagnostic_version v ON v.id = s.version_id "
                                + "JOIN diagnostic d ON d.id = v.diagnostic_id WHERE d.council_id = ? AND s.text LIKE 'Le sud%'",
                        project.councilId())
                == 1);

        choose("diagnostic-priority-commune", "Étampes");
        type("diagnostic-priority-reason", "Aucun médecin généraliste installé.");
        browser.click(By.id("diagnostic-flag"));
        browser.waitForText(By.id("diagnostic-admin-priorities"), "Étampes");

        type("diagnostic-figures-source", "DREES, APL 2023");
        upload(csv("code_insee;population;APL médecins généralistes\n"
                + project.commune.inseeCode() + ";68761;3,1\n"
                + "75056;2100000;4\n"));
        browser.waitForText(By.id("diagnostic-figures-errors"), "Ligne 3");
        assertThat(browser.text(By.id("diagnostic-figures-errors"))).contains("75056");
        assertThat(sql.count(
                        "SELECT count(*) FROM diagnostic_commune_figure f JOIN diagnostic_version v ON v.id = f.version_id "
                                + "JOIN diagnostic d ON d.id = v.diagnostic_id WHERE d.council_id = ?",
                        project.councilId()))
                .as("a refused file changes nothing")
                .isZero();
        type("diagnostic-figures-source", "DREES, APL 2023");
        upload(csv("code_insee;population;APL médecins généralistes\n"
                + project.commune.inseeCode() + ";68761;3,1\n"
                + project.otherCommune.inseeCode() + ";25000;1,2\n"));
        waitFor(() -> sql.count(
                        "SELECT count(*) FROM diagnostic_commune_figure f JOIN diagnostic_version v ON v.id = f.version_id "
                                + "JOIN diagnostic d ON d.id = v.diagnostic_id WHERE d.council_id = ?",
                        project.councilId())
                == 4);

        browser.open(platform.uri("/conseils/" + slug + "/diagnostic/administration"));
        choose("diagnostic-adopt-motion", "Motion DELIBERATION");
        browser.click(By.id("diagnostic-adopt"));
        browser.click(By.id("diagnostic-publish"));
        browser.click(By.id("diagnostic-publish-confirm"));
        waitFor(() -> sql.count(
                        "SELECT count(*) FROM diagnostic_version v JOIN diagnostic d ON d.id = v.diagnostic_id "
                                + "WHERE d.council_id = ? AND v.status = 'PUBLISHED'",
                        project.councilId())
                == 1);

        browser.driver().manage().deleteAllCookies();
        browser.open(platform.uri("/conseils/" + slug + "/diagnostic"));
        assertThat(browser.text(By.id("diagnostic-version"))).startsWith("Version 1, adoptée le");
        assertThat(browser.text(By.id("diagnostic-section-1")))
                .contains("Le sud du territoire manque de médecins généralistes.");
        String needs = browser.text(By.tagName("body"));
        assertThat(needs).contains(DiagnosticFixture.NEED).contains("voix distinctes");
        assertThat(browser.driver()
                        .findElement(By.linkText(DiagnosticFixture.NEED))
                        .getAttribute("href"))
                .endsWith("/convergences/" + fixture.convergence);
        assertThat(browser.text(By.id("diagnostic-priorities")))
                .contains("Étampes")
                .contains("Aucun médecin généraliste installé.");
        assertThat(browser.text(By.id("diagnostic-figures")))
                .contains("Évry-Courcouronnes")
                .contains("Étampes (prioritaire)")
                .contains("3,1");
        assertAccessible(browser, "the published diagnostic");
        String pdf = browser.find(By.cssSelector("#diagnostic-pdf")).getAttribute("href");
        HttpResponse<byte[]> download = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create(pdf)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("content-type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.click(By.linkText("Le projet territorial de santé qui y répond"));
        browser.find(By.id("project-diagnostic-link"));
    }

    private Path csv(String content) throws Exception {
        Path file = Files.createTempFile(TestPlatform.buildDirectory(), "figures-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private void upload(Path file) {
        browser.find(By.id("diagnostic-figures-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toString());
        browser.waitUntilIdle();
    }

    private void waitFor(BooleanSupplier condition) {
        for (int wait = 0; wait < 100 && !condition.getAsBoolean(); wait++) {
            browser.waitUntilIdle();
        }
        assertThat(condition.getAsBoolean())
                .as("the change reached the database")
                .isTrue();
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
