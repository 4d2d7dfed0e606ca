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
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The projet's data pages in the browser: the council admin imports measurements from a CSV file (a file with an
 * error is shown line by line and imports nothing; a valid one is previewed, confirmed, and listed with its
 * provenance), and a visitor finds the council's open-data files and downloads them.
 */
class ProjectDataBrowserIT extends BrowserTest {

    private final TestSql sql = new TestSql(platform);

    private Indicator indicator(ProjectFixture fixture, HealthProject project) {
        return platform.bean(IndicatorService.class)
                .define(
                        fixture.admin,
                        project.id(),
                        new IndicatorForm(
                                null,
                                "Passages aux urgences évitables",
                                "Passages pour 1 000 habitants.",
                                "‰",
                                "ATIH",
                                new BigDecimal("30"),
                                LocalDate.of(2023, 1, 1),
                                new BigDecimal("20"),
                                LocalDate.of(2030, 1, 1),
                                Frequency.YEARLY,
                                Direction.LOWER_IS_BETTER,
                                "ARS"));
    }

    @Test
    void a_council_admin_imports_measurements_a_wrong_file_is_refused_line_by_line_and_a_right_one_is_confirmed()
            throws Exception {
        ProjectFixture fixture = new ProjectFixture(platform);
        Account secretary = new TestAccounts(platform).create("Secrétaire des mesures");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, secretary.id(), fixture.councilId(), CouncilRole.COUNCIL_ADMIN));
        HealthProject project =
                platform.bean(ProjectService.class).open(fixture.admin, fixture.councilId(), "Projet", "Résumé.");
        Indicator indicator = indicator(fixture, project);
        String slug = fixture.council.council.slug();

        SignIn.andOpen(
                browser,
                platform,
                secretary.email(),
                TestAccounts.PASSWORD,
                "/conseils/" + slug + "/projet/administration");
        browser.click(By.id("measurement-import-link"));
        browser.find(By.cssSelector("#measurement-source input"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "ATIH, PMSI 2025");
        browser.waitUntilIdle();
        upload(csv("indicateur_id,date,commune_insee,valeur\n"
                + indicator.id() + ",2025-01-01,,28\n"
                + indicator.id() + ",hier,,27\n"
                + indicator.id() + ",2025-01-01,75056,26\n"));
        browser.waitForText(By.id("measurement-errors"), "Ligne 3");
        assertThat(browser.text(By.id("measurement-errors")))
                .contains("Ligne 4")
                .contains("75056");
        assertThat(browser.driver().findElements(By.id("measurement-confirm")))
                .as("nothing to confirm while a line is wrong")
                .isEmpty();
        assertAccessible(browser, "the measurement import page with errors");

        upload(csv("indicateur_id,date,commune_insee,valeur\n"
                + indicator.id() + ",2025-01-01,,28\n"
                + indicator.id() + ",2025-01-01," + fixture.commune.inseeCode() + ",31.5\n"));
        browser.waitForText(By.id("measurement-summary"), "2 lignes lues");
        assertThat(browser.text(By.id("measurement-rows"))).contains(fixture.commune.inseeCode());
        assertThat(measurements(indicator)).as("a preview writes nothing").isZero();
        browser.click(By.id("measurement-confirm"));
        for (int wait = 0; wait < 100 && measurements(indicator) < 2; wait++) {
            browser.waitUntilIdle();
        }
        assertThat(measurements(indicator)).isEqualTo(2);
        browser.waitForText(By.id("measurement-imports"), "ATIH, PMSI 2025");
        assertThat(browser.text(By.id("measurement-imports")))
                .contains("Secrétaire des mesures")
                .contains("2 ajoutées");
        assertThat(sql.column(
                                "SELECT provenance FROM project_measurement WHERE indicator_id = ? AND insee_code IS NULL",
                                indicator.id())
                        .toString())
                .contains("ATIH, PMSI 2025");
    }

    @Test
    void a_visitor_finds_the_councils_open_data_and_downloads_its_files() throws Exception {
        ProjectFixture fixture = new ProjectFixture(platform);
        ProjectService projects = platform.bean(ProjectService.class);
        HealthProject project = projects.open(fixture.admin, fixture.councilId(), "Projet ouvert", "Résumé.");
        projects.adopt(fixture.admin, project.id(), fixture.adoptedMotion(MotionKind.DELIBERATION));
        projects.publish(fixture.admin, project.id());
        Indicator indicator = indicator(fixture, project);
        platform.bean(IndicatorService.class)
                .recordMeasurement(
                        fixture.admin,
                        indicator.id(),
                        new MeasurementForm(LocalDate.of(2025, 6, 30), new BigDecimal("27.5"), null, "ATIH, PMSI"));
        String slug = fixture.council.council.slug();

        browser.open(platform.uri("/conseils/" + slug + "/projet"));
        browser.click(By.linkText("Données ouvertes"));
        browser.find(By.id("opendata-sets"));
        assertAccessible(browser, "the open-data page");
        HttpResponse<String> csv =
                get(browser.find(By.id("opendata-mesures-csv")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("content-type").orElse("")).startsWith("text/csv");
        assertThat(csv.body())
                .contains("indicateur_id")
                .contains("Passages aux urgences évitables")
                .contains("27.5");
        HttpResponse<String> json =
                get(browser.find(By.id("opendata-indicateurs-json")).getAttribute("href"));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        assertThat(json.body()).contains("Passages aux urgences évitables");
        HttpResponse<String> api =
                get(browser.find(By.cssSelector("a[href='/api/openapi.yml']")).getAttribute("href"));
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("/opendata/");
    }

    private long measurements(Indicator indicator) {
        return sql.count("SELECT count(*) FROM project_measurement WHERE indicator_id = ?", indicator.id());
    }

    private static HttpResponse<String> get(String address) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private Path csv(String content) throws Exception {
        Path file = Files.createTempFile(TestPlatform.buildDirectory(), "mesures-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        return file;
    }

    private void upload(Path file) {
        browser.find(By.id("measurement-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toString());
        browser.waitUntilIdle();
    }
}
