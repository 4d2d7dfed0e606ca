package fr.convergences.project.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.exchange.OpenDataExport;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import io.micronaut.json.JsonMapper;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The demo council's projet and decisions as open data, fetched over HTTP as a re-user would: every file parses, holds
 * the demo's rows, and nothing in it could be personal data.
 */
class ProjectOpenDataIT {

    private static final String DEMO = "cts-essonne";
    /** Column names that would say a column carries a person: the test fails if a set ever grows one. */
    private static final List<String> PERSONAL_COLUMN_HINTS = List.of(
            "account",
            "compte",
            "email",
            "courriel",
            "mail",
            "phone",
            "telephone",
            "tel",
            "auteur",
            "author",
            "recorded_by",
            "created_by",
            "enregistre_par",
            "importe_par",
            "saisi_par",
            "votant",
            "voter",
            "personne",
            "person",
            "nom_",
            "prenom",
            "habitant",
            "membre",
            "member",
            "ip");

    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");
    /** French phone numbers, national or international, with or without separators. */
    private static final Pattern PHONE = Pattern.compile("(?:\\+33\\s?|\\b0)[1-9](?:[\\s.-]?\\d{2}){4}\\b");

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(platform.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<CSVRecord> csv(OpenDataSet set) throws Exception {
        HttpResponse<String> response = get("/api/councils/" + DEMO + "/opendata/" + set.fileName() + ".csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(response.body()))) {
            assertThat(parser.getHeaderComment())
                    .startsWith("Licence Ouverte 2.0 (Etalab)")
                    .contains("Conseil territorial de santé");
            assertThat(parser.getHeaderNames()).containsExactlyElementsOf(set.columns());
            return parser.getRecords();
        }
    }

    private ProjectOpenDataController.ProjectOpenDataDocument json(OpenDataSet set) throws Exception {
        HttpResponse<String> response = get("/api/councils/" + DEMO + "/opendata/" + set.fileName() + ".json");
        assertThat(response.statusCode()).isEqualTo(200);
        return platform.bean(JsonMapper.class)
                .readValue(response.body(), ProjectOpenDataController.ProjectOpenDataDocument.class);
    }

    @Test
    void the_actions_file_holds_the_published_projet_with_owners_states_and_what_each_answers() throws Exception {
        List<CSVRecord> actions = csv(OpenDataSet.ACTIONS);

        assertThat(actions)
                .extracting(row -> row.get("statut"))
                .contains("PLANNED", "IN_PROGRESS", "DONE", "ABANDONED");
        CSVRecord sas = actions.stream()
                .filter(row -> row.get("titre").startsWith("Service d’accès aux soins"))
                .findFirst()
                .orElseThrow();
        assertThat(sas.get("porteur")).startsWith("CPTS");
        assertThat(sas.get("partenaires")).startsWith("France Assos");
        assertThat(sas.get("communes_insee")).matches("\\d[\\dAB]\\d{3}( \\| \\d[\\dAB]\\d{3})*");
        assertThat(sas.get("budget_euros")).isEqualTo("450000");
        assertThat(sas.get("repond_aux_motions")).matches("\\d+");
        assertThat(actions.stream()
                        .filter(row -> row.get("statut").equals("ABANDONED"))
                        .findFirst()
                        .orElseThrow()
                        .get("motif_abandon"))
                .isNotBlank();

        ProjectOpenDataController.ProjectOpenDataDocument document = json(OpenDataSet.ACTIONS);
        assertThat(document.licence()).isEqualTo(OpenDataExport.LICENCE);
        assertThat(document.council().slug()).isEqualTo(DEMO);
        assertThat(document.columns()).containsExactlyElementsOf(OpenDataSet.ACTIONS.columns());
        assertThat(document.rows()).hasSize(actions.size());
        Map<String, Object> sasJson = document.rows().stream()
                .filter(row -> String.valueOf(row.get("id")).equals(sas.get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(sasJson.get("communes_insee"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .isNotEmpty();
        assertThat(((Number) sasJson.get("budget_euros")).longValue()).isEqualTo(450_000L);
    }

    @Test
    void indicators_and_their_measurements_over_two_years_are_published_with_provenance() throws Exception {
        List<CSVRecord> indicators = csv(OpenDataSet.INDICATORS);
        assertThat(indicators).extracting(row -> row.get("nom")).contains("Habitants sans médecin traitant");
        assertThat(indicators).allSatisfy(row -> {
            assertThat(row.get("co_adopte_avec_college")).isNotBlank();
            assertThat(new BigDecimal(row.get("valeur_cible"))).isNotNull();
        });
        assertThat(indicators)
                .anySatisfy(row -> assertThat(row.get("action_id")).matches("\\d+"));

        List<CSVRecord> measurements = csv(OpenDataSet.MEASUREMENTS);
        List<CSVRecord> territory = measurements.stream()
                .filter(row -> row.get("commune_insee").isEmpty())
                .toList();
        assertThat(territory).hasSizeGreaterThanOrEqualTo(16);
        assertThat(measurements).allSatisfy(row -> {
            assertThat(new BigDecimal(row.get("valeur"))).isNotNull();
            assertThat(row.get("provenance")).isNotBlank();
        });
        assertThat(measurements)
                .anySatisfy(row -> assertThat(row.get("commune")).isNotBlank());
        assertThat(json(OpenDataSet.MEASUREMENTS).rows()).hasSize(measurements.size());
    }

    @Test
    void decisions_carry_the_counts_of_their_vote_and_the_agency_follow_up() throws Exception {
        List<CSVRecord> decisions = csv(OpenDataSet.DECISIONS);
        CSVRecord avis = decisions.stream()
                .filter(row ->
                        row.get("type").equals("AVIS") && row.get("statut").equals("ADOPTED"))
                .findFirst()
                .orElseThrow();
        assertThat(avis.get("issue")).isEqualTo("ADOPTED");
        assertThat(Integer.parseInt(avis.get("pour"))).isGreaterThan(Integer.parseInt(avis.get("contre")));
        assertThat(Integer.parseInt(avis.get("inscrits")))
                .isGreaterThanOrEqualTo(Integer.parseInt(avis.get("bulletins")));
        assertThat(decisions).noneMatch(row -> row.get("statut").equals("DRAFT"));
        assertThat(json(OpenDataSet.DECISIONS).rows())
                .anySatisfy(row -> assertThat(row.get("quorum_atteint")).isEqualTo(true));
    }

    @Test
    void no_file_has_a_column_or_a_value_that_could_carry_personal_data() throws Exception {
        TestSql sql = new TestSql(platform);
        List<String> emails = sql.column("SELECT email FROM account WHERE email IS NOT NULL").stream()
                .map(String::valueOf)
                .toList();
        List<String> names = sql
                .column(
                        "SELECT display_name FROM account WHERE email LIKE '%@demo.convergences.fr' AND display_name LIKE '% %'")
                .stream()
                .map(String::valueOf)
                .filter(name -> name.length() >= 8)
                .toList();
        assertThat(names).isNotEmpty();
        for (OpenDataSet set : OpenDataSet.values()) {
            for (String column : set.columns()) {
                assertThat(PERSONAL_COLUMN_HINTS)
                        .as("column %s of %s", column, set.fileName())
                        .noneMatch(hint -> column.equals(hint)
                                || column.startsWith(hint + "_")
                                || column.endsWith("_" + hint)
                                || column.contains(hint) && hint.length() > 3);
            }
            for (String format : List.of(".csv", ".json")) {
                String body = get("/api/councils/" + DEMO + "/opendata/" + set.fileName() + format)
                        .body();
                assertThat(EMAIL.matcher(body)
                                .results()
                                .map(match -> match.group())
                                .toList())
                        .as("e-mail addresses in %s%s", set.fileName(), format)
                        .isEmpty();
                assertThat(PHONE.matcher(body).find())
                        .as("a phone number in %s%s", set.fileName(), format)
                        .isFalse();
                assertThat(body)
                        .as("%s%s", set.fileName(), format)
                        .doesNotContain(emails.toArray(String[]::new))
                        .doesNotContain(names.toArray(String[]::new));
            }
        }
    }

    @Test
    void an_unknown_council_or_set_is_a_404_and_the_api_description_lists_the_files() throws Exception {
        assertThat(get("/api/councils/nulle-part/opendata/actions.csv").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/councils/" + DEMO + "/opendata/comptes.json").statusCode())
                .isEqualTo(404);
        assertThat(get("/api/openapi.yml").body())
                .contains(
                        "/api/councils/{slug}/opendata/{dataset}.csv",
                        "/api/councils/{slug}/opendata/{dataset}.json",
                        "ProjectOpenDataDocument");
    }
}
