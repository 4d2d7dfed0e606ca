package fr.convergences.contribution.exchange;

import static fr.convergences.testing.AccessibilityCheck.assertAccessible;
import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.territory.CouncilRepository;
import fr.convergences.testing.BrowserTest;
import fr.convergences.testing.SignIn;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

class ImportBrowserIT extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void
            a_council_admin_imports_a_decidim_export_maps_its_unknown_category_and_a_second_upload_finds_it_already_imported()
                    throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        long consultation = new ImportFixtures(platform).consultation(council, "Import Decidim " + suffix);
        Path file = TestPlatform.buildDirectory().resolve("decidim-proposals-" + suffix + ".csv");
        Files.writeString(file, """
                id;category/name/fr;scope/name/fr;title/fr;body/fr;supports;comments;published_at;url;author/name
                201;Santé mentale;91228;Un CMP ouvert le samedi %1$s;Le CMP ferme le vendredi soir.;42;3;2021-03-04 10:11:12 UTC;https://decidim.example/p/201;Jeanne Dupont
                202;Prévention;Nord Essonne;@SUM(A1:A9) un bus de dépistage;Un bus dans les villages.;7;0;2021-03-05 09:00:00 UTC;https://decidim.example/p/202;Paul Martin
                203;Dépistage;;Horoscope santé %1$s;Un horoscope dans le journal.;1;0;2021-03-06 09:00:00 UTC;https://decidim.example/p/203;Paul Martin
                204;Accès aux soins de premier recours;;"=HYPERLINK(""http://evil.example"",""clic"")";Un lien piégé.;0;0;2021-03-07 09:00:00 UTC;;Paul Martin
                205;Santé mentale;;;;0;0;2021-03-08 09:00:00 UTC;https://decidim.example/p/205;Paul Martin
                """.formatted(suffix));

        SignIn.andOpen(
                browser,
                platform,
                "admin@demo.convergences.fr",
                "Demo-Convergences-2026",
                "/consultations/" + consultation + "/import");
        browser.waitForText(By.cssSelector("#main-content h1"), "Importer des contributions")
                .waitUntilIdle();
        assertAccessible(browser, "import page");

        upload(file);
        browser.waitForText(By.id("import-summary"), "5 lignes lues : 4 à importer, 1 écartée.")
                .waitUntilIdle();
        String preview = browser.text(By.id("import-preview-table"));
        assertThat(preview)
                .contains(
                        "Un CMP ouvert le samedi " + suffix,
                        "à importer",
                        "Santé mentale",
                        "91228",
                        "lieu gardé tel quel",
                        "catégorie inconnue de la consultation, importée sans thème",
                        "écartée",
                        "Ni titre ni texte.");
        assertThat(preview).doesNotContain("Jeanne Dupont");
        assertThat(browser.text(By.id("mapping-title"))).contains("title/fr");
        assertThat(browser.text(By.id("mapping-body"))).contains("body/fr");
        assertThat(browser.text(By.id("import-categories"))).contains("« Dépistage » (1 ligne)");
        assertThat(browser.text(By.id("import-confirm"))).isEqualTo("Importer 4 contributions");
        assertAccessible(browser, "import preview");

        // The category the consultation does not know goes to the theme the admin chooses.
        chooseColumn("category-0", "Prévention");
        browser.waitForText(By.id("import-summary"), "5 lignes lues : 4 à importer, 1 écartée.")
                .waitUntilIdle();
        assertThat(browser.text(By.id("category-0"))).contains("Prévention");
        assertThat(browser.text(By.id("import-preview-table"))).doesNotContain("importée sans thème");

        browser.click(By.id("import-confirm"));
        browser.waitForText(By.id("import-report-summary"), "4 contributions importées")
                .waitUntilIdle();
        assertThat(browser.text(By.id("import-report-summary")))
                .contains("1 ligne écartée", file.getFileName().toString());
        assertThat(browser.text(By.id("import-rejected"))).contains("6", "Ni titre ni texte.");
        assertAccessible(browser, "import report");
        List<CSVRecord> report =
                csv(fetchWithSession(browser.find(By.id("import-report-csv")).getAttribute("href")));
        assertThat(report).singleElement().satisfies(row -> {
            assertThat(row.get("Ligne")).isEqualTo("6");
            assertThat(row.get("Motif")).contains("Ni titre ni texte");
        });
        assertThat(new TestSql(platform).column("""
                SELECT t.name FROM contribution c JOIN contribution_theme ct ON ct.contribution_id = c.id JOIN theme t ON t.id = ct.theme_id
                WHERE c.consultation_id = ? AND c.title LIKE 'Horoscope santé%'""", consultation)).containsExactly("Prévention");

        browser.click(By.id("import-back"));
        browser.waitForText(By.id("contributions"), "Un CMP ouvert le samedi " + suffix)
                .waitUntilIdle();
        assertThat(browser.text(By.id("contributions")))
                .contains("@SUM(A1:A9) un bus de dépistage", "=HYPERLINK(", "Horoscope santé");
        assertAccessible(browser, "consultation page with imported contributions");

        HttpResponse<String> export = http.send(
                HttpRequest.newBuilder(
                                URI.create(browser.find(By.id("export-csv")).getAttribute("href")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(export.statusCode()).isEqualTo(200);
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export.body()))) {
            assertThat(parser.getHeaderComment()).startsWith("Licence Ouverte 2.0 (Etalab)");
            List<CSVRecord> rows = parser.getRecords();
            assertThat(rows)
                    .extracting(row -> row.get("titre"))
                    .containsExactlyInAnyOrder(
                            "Un CMP ouvert le samedi " + suffix,
                            "'@SUM(A1:A9) un bus de dépistage",
                            "'=HYPERLINK(\"http://evil.example\",\"clic\")",
                            "Horoscope santé " + suffix);
            CSVRecord cmp = rows.stream()
                    .filter(row -> row.get("reference_origine").equals("201"))
                    .findFirst()
                    .orElseThrow();
            assertThat(List.of(
                            cmp.get("plateforme_origine"),
                            cmp.get("adresse_origine"),
                            cmp.get("soutiens_origine"),
                            cmp.get("commentaires_origine")))
                    .containsExactly("decidim.example", "https://decidim.example/p/201", "42", "3");
        }
        assertThat(export.body()).doesNotContain("Jeanne Dupont", "Paul Martin");

        // Its page says where it came from.
        long cmp = (Long) new TestSql(platform)
                .column("SELECT id FROM contribution WHERE consultation_id = ? AND title LIKE 'Un CMP%'", consultation)
                .getFirst();
        browser.open(platform.uri("/contributions/" + cmp));
        browser.waitForText(By.id("contribution-provenance"), "Importée de decidim.example le")
                .waitUntilIdle();
        assertThat(browser.text(By.id("contribution-provenance")))
                .contains(
                        "référence d’origine 201",
                        "42 soutiens sur la plateforme d’origine",
                        "3 commentaires sur la plateforme d’origine");
        assertThat(browser.find(By.id("contribution-provenance-link")).getAttribute("href"))
                .isEqualTo("https://decidim.example/p/201");

        // The same file again: every valid row is recognised, nothing to confirm.
        browser.open(platform.uri("/consultations/" + consultation + "/import"));
        browser.waitForText(By.cssSelector("#main-content h1"), "Importer des contributions")
                .waitUntilIdle();
        upload(file);
        browser.waitForText(By.id("import-summary"), "5 lignes lues : aucune à importer, 1 écartée.")
                .waitUntilIdle();
        assertThat(browser.text(By.id("import-already-summary")).replace('\u00a0', ' '))
                .startsWith("4 déjà importées");
        assertThat(browser.text(By.id("import-already"))).contains("Un CMP ouvert le samedi " + suffix);
        // A disabled vaadin-button carries the attribute; Selenium's isEnabled does not look at custom elements.
        assertThat(browser.find(By.id("import-confirm")).getAttribute("disabled"))
                .isNotNull();
        assertAccessible(browser, "preview of a file already imported");
    }

    private void upload(Path file) {
        browser.find(By.id("import-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toString());
    }

    @Test
    void a_file_of_a_hundred_thousand_rejected_rows_shows_the_first_two_hundred_and_reports_them_all()
            throws Exception {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        long consultation = new ImportFixtures(platform).consultation(council, "Import massif");
        Path file = TestPlatform.buildDirectory()
                .resolve("rejected-rows-" + UUID.randomUUID().toString().substring(0, 6) + ".csv");
        StringBuilder rows = new StringBuilder("title;body\nUn centre de santé;Ouvert le soir.\n");
        rows.append(";\n".repeat(100_000));
        Files.writeString(file, rows);

        SignIn.andOpen(
                browser,
                platform,
                "admin@demo.convergences.fr",
                "Demo-Convergences-2026",
                "/consultations/" + consultation + "/import");
        browser.waitForText(By.cssSelector("#main-content h1"), "Importer des contributions")
                .waitUntilIdle();
        browser.find(By.id("import-upload"))
                .getShadowRoot()
                .findElement(By.cssSelector("input[type=file]"))
                .sendKeys(file.toString());
        browser.waitForText(By.id("import-confirm"), "Importer 1 contribution").waitUntilIdle();
        browser.click(By.id("import-confirm"));
        browser.waitForText(By.id("import-report-summary"), "1 contribution importée")
                .waitUntilIdle();

        assertThat(browser.text(By.id("import-report-summary")).replaceAll("[\\s\\u00a0\\u202f]", ""))
                .contains("100000lignesécartées");
        assertThat(browser.text(By.cssSelector("#import-rejected caption")).replaceAll("[\\s\\u00a0\\u202f]", ""))
                .contains("Les200premièreslignesécartées,sur100000");
        assertThat(browser.driver().findElements(By.cssSelector("#import-rejected tbody tr")))
                .hasSize(200);
        List<CSVRecord> report =
                csv(fetchWithSession(browser.find(By.id("import-report-csv")).getAttribute("href")));
        assertThat(report).hasSize(100_000);
        assertThat(report.getLast().get("Ligne")).isEqualTo("100002");
    }

    @Test
    void the_page_is_refused_to_residents_and_says_when_a_consultation_no_longer_accepts_imports() {
        long council = platform.bean(CouncilRepository.class)
                .findBySlug("cts-essonne")
                .orElseThrow()
                .id();
        ImportFixtures fixtures = new ImportFixtures(platform);
        long open = fixtures.consultation(council, "Import ouvert");
        long closed = fixtures.consultation(
                council,
                "Import fermé",
                LocalDate.now().minusDays(40),
                LocalDate.now().minusDays(30));

        SignIn.andOpen(
                browser,
                platform,
                "habitant@demo.convergences.fr",
                "Demo-Convergences-2026",
                "/consultations/" + open + "/import");
        browser.find(By.id("access-denied"));

        SignIn.andOpen(
                browser,
                platform,
                "admin@demo.convergences.fr",
                "Demo-Convergences-2026",
                "/consultations/" + closed + "/import");
        browser.waitForText(By.id("import-status"), "n’accepte pas de contributions importées aujourd’hui");
        assertThat(browser.driver().findElements(By.id("import-upload"))).isEmpty();
        assertAccessible(browser, "import page of a closed consultation");
    }

    private void chooseColumn(String selectId, String column) {
        browser.click(By.id(selectId));
        browser.click(By.xpath(
                "//vaadin-select[@id='" + selectId + "']//vaadin-select-item[normalize-space()='" + column + "']"));
        browser.waitUntilIdle();
    }

    /** Vaadin serves the report through the signed-in session: the browser's session cookie goes with the request. */
    private String fetchWithSession(String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", session.getName() + "=" + session.getValue())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }
}
