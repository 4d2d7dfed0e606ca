package fr.convergences.contribution.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.ThemeRepository;
import fr.convergences.contribution.AnswerStatus;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.json.JsonMapper;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OpenDataExportIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();
    private final TestSql sql = new TestSql(platform);
    private long consultation;
    private Account author;
    private long formula;

    @BeforeEach
    void setUp() {
        ImportFixtures fixtures = new ImportFixtures(platform);
        long council = new TestCouncils(platform).create().id();
        Actor admin = fixtures.councilAdmin(council);
        consultation = fixtures.consultation(council, "Open data " + UUID.randomUUID());
        long mentalHealth = platform.bean(ThemeRepository.class)
                .findByConsultationIdOrderByPosition(consultation)
                .getFirst()
                .id();
        author = new TestAccounts(platform).create("Auteure Identifiable");
        ContributionService contributions = platform.bean(ContributionService.class);
        formula = contributions
                .submit(
                        TestAccounts.actor(author),
                        consultation,
                        new ContributionForm(
                                ContributionKind.NEED,
                                "=HYPERLINK(\"http://evil.example\",\"clic\")",
                                "@SUM(1+1) et un texte, avec \"guillemets\"",
                                Set.of(mentalHealth),
                                "91228"))
                .id();
        long hidden = contributions
                .submit(
                        TestAccounts.actor(author),
                        consultation,
                        new ContributionForm(
                                ContributionKind.PROPOSAL,
                                "Contribution masquée",
                                "Nomme un voisin malade",
                                Set.of(),
                                null))
                .id();
        sql.update("UPDATE contribution SET hidden = true, hidden_reason = 'test' WHERE id = ?", hidden);
        // Written directly: a mediation record on an online contribution, which no use case makes, so that one
        // contribution carries every kind of personal data the export must leave out.
        sql.update("""
                INSERT INTO contribution_mediation (contribution_id, collected_by, place, consent_recorded_at, participant_name, participant_age_band)
                VALUES (?, NULL, 'Marché d’Évry', now(), 'Participante Secrète', 'FROM_75')""", formula);
        platform.bean(AnswerService.class)
                .answer(admin, formula, AnswerStatus.UNDER_STUDY, "Le conseil étudie la question.");
        try (ImportFile file = fixtures.receive(
                admin,
                consultation,
                "decidim.csv",
                "title;body;supports;category\nImportée;Depuis Decidim;42;Prévention\n")) {
            ContributionImportService imports = platform.bean(ContributionImportService.class);
            imports.commit(
                    admin,
                    consultation,
                    file,
                    imports.preview(admin, consultation, file, null).mapping(),
                    ImportProgress.NONE);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(platform.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_csv_states_the_licence_neutralises_formulas_and_holds_no_personal_data() throws Exception {
        HttpResponse<String> response = get("/api/consultations/" + consultation + "/contributions.csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(response.body())
                .doesNotContain("Auteure Identifiable", author.email(), "Participante Secrète", "Marché", "masquée");
        try (CSVParser csv = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body()))) {
            assertThat(csv.getHeaderComment())
                    .startsWith("Licence Ouverte 2.0 (Etalab)")
                    .contains("Open data");
            assertThat(csv.getHeaderNames()).containsExactlyElementsOf(OpenDataExport.COLUMNS);
            List<CSVRecord> rows = csv.getRecords();
            assertThat(rows).hasSize(2);
            CSVRecord need = rows.stream()
                    .filter(row -> row.get("id").equals(String.valueOf(formula)))
                    .findFirst()
                    .orElseThrow();
            assertThat(need.get("titre")).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"clic\")");
            assertThat(need.get("texte")).isEqualTo("'@SUM(1+1) et un texte, avec \"guillemets\"");
            assertThat(need.get("themes")).isEqualTo("Santé mentale");
            assertThat(need.get("reponse_officielle")).isEqualTo("UNDER_STUDY");
            assertThat(need.get("origine")).isEqualTo("ONLINE");
            assertThat(need.get("commune_insee")).isEqualTo("91228");
            CSVRecord imported = rows.stream()
                    .filter(row -> row.get("origine").equals("IMPORTED"))
                    .findFirst()
                    .orElseThrow();
            assertThat(imported.get("titre")).isEqualTo("Importée");
            assertThat(imported.get("themes")).isEqualTo("Prévention");
            assertThat(imported.get("soutiens")).isEqualTo("0");
        }
    }

    @Test
    void the_json_document_has_the_licence_the_consultation_and_the_public_contributions() throws Exception {
        HttpResponse<String> response = get("/api/consultations/" + consultation + "/contributions.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .doesNotContain("Auteure Identifiable", author.email(), "Participante Secrète", "masquée");
        OpenDataController.OpenDataDocument document =
                platform.bean(JsonMapper.class).readValue(response.body(), OpenDataController.OpenDataDocument.class);
        assertThat(document.licence()).isEqualTo(OpenDataExport.LICENCE);
        assertThat(document.consultation().id()).isEqualTo(consultation);
        assertThat(document.contributions()).hasSize(2);
        OpenDataController.OpenDataContribution need = document.contributions().stream()
                .filter(c -> c.id() == formula)
                .findFirst()
                .orElseThrow();
        assertThat(need.title()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"clic\")");
        assertThat(need.themes()).containsExactly("Santé mentale");
        assertThat(need.answerStatus()).isEqualTo("UNDER_STUDY");
        assertThat(need.kind()).isEqualTo("NEED");
        assertThat(document.contributions())
                .extracting(OpenDataController.OpenDataContribution::origin)
                .containsExactlyInAnyOrder("ONLINE", "IMPORTED");
    }

    @Test
    void an_unknown_consultation_is_a_404_in_both_formats() throws Exception {
        assertThat(get("/api/consultations/999999999/contributions.csv").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/consultations/999999999/contributions.json").statusCode())
                .isEqualTo(404);
    }

    @Test
    void both_files_are_described_in_the_openapi_document() throws Exception {
        assertThat(get("/api/openapi.yml").body())
                .contains(
                        "/api/consultations/{consultationId}/contributions.csv",
                        "/api/consultations/{consultationId}/contributions.json",
                        "OpenDataContribution",
                        "Licence Ouverte 2.0");
    }
}
