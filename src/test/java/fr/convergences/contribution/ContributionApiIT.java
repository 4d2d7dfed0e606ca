package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.identity.Account;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContributionApiIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(platform.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void contributions_are_open_data_without_personal_data_and_formulas_cannot_run() throws Exception {
        long council = new TestCouncils(platform).create().id();
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "Accès aux soins", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(1)));
        Account author = new TestAccounts(platform).create("Auteur discret");
        platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(author),
                        consultation,
                        new ContributionForm(
                                ContributionKind.NEED,
                                "=HYPERLINK(\"http://evil.example\",\"clic\")",
                                "Texte, avec \"guillemets\"\net retour à la ligne",
                                Set.of(),
                                "91228"));

        HttpResponse<String> csv = get("/api/consultations/" + consultation + "/contributions.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body())
                .startsWith("# Licence Ouverte 2.0")
                .contains("'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")")
                .contains("\"Texte, avec \"\"guillemets\"\"\net retour à la ligne\"")
                .doesNotContain("Auteur discret")
                .doesNotContain(author.email());

        HttpResponse<String> json = get("/api/consultations/" + consultation + "/contributions");
        assertThat(json.body())
                .contains("\"kind\":\"NEED\"", "\"communeInsee\":\"91228\"")
                .doesNotContain("Auteur discret");
        assertThat(get("/api/consultations/" + consultation).body())
                .contains("\"title\":\"Accès aux soins\"", "\"kind\":\"CONTRIBUTIONS\"");
    }

    @Test
    void an_unknown_consultation_is_a_clear_404_not_a_stack_trace() throws Exception {
        HttpResponse<String> response = get("/api/consultations/999999999");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Cette consultation n’existe pas.").doesNotContain("Exception");
    }
}
