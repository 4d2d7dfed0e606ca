package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.PersonalDataDetector.Kind;
import fr.convergences.contribution.exchange.ContributionImportService;
import fr.convergences.contribution.exchange.ImportProgress;
import fr.convergences.contribution.exchange.OpenDataExport;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.profile.ProfileService;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Personal data typed into a contribution, online or in an imported file, is masked in everything public (the stored
 * public text, hence pages, search, the API, exports and the synthesis); its author is told which kinds, the
 * moderators read the text as written, a redaction reaches that copy too, and the copy is erased after its retention.
 */
class PersonalDataMaskingIT {

    private final ModerationTestData data = new ModerationTestData();
    private final ContributionService contributions = data.platform.bean(ContributionService.class);
    private final ModerationService moderation = data.platform.bean(ModerationService.class);

    private static ContributionForm form(String title, String body) {
        return new ContributionForm(ContributionKind.PROPOSAL, title, body, Set.of(), null);
    }

    @Test
    void personal_data_is_masked_in_public_told_to_the_author_and_shown_to_moderators_only() {
        Actor author = data.person("Auteur");
        Actor neighbour = data.person("Voisin");
        String body = "Appelez-moi au 06 12 34 56 78 ou écrivez à jean.dupont@gmail.com, j’habite 12 rue des Lilas.";

        Contribution published = contributions.submit(author, data.consultation, form("Un cabinet infirmier", body));

        String masked = "Appelez-moi au […] ou écrivez à […], j’habite […].";
        assertThat(published.body()).isEqualTo(masked);
        assertThat(data.sql.column("SELECT body FROM contribution WHERE id = ?", published.id()))
                .containsExactly(masked);
        assertThat(contributions.publicPage(data.consultation, 0, 10).contributions())
                .extracting(Contribution::body)
                .containsExactly(masked);
        StringWriter csv = new StringWriter();
        data.platform.bean(OpenDataExport.class).writeCsv(data.consultation, csv);
        assertThat(csv.toString())
                .contains("Appelez-moi au […]")
                .doesNotContain("06 12 34 56 78", "jean.dupont", "rue des Lilas");
        assertThat(contributions.maskedPersonalData(author, published.id()))
                .containsExactlyInAnyOrder(Kind.PHONE, Kind.EMAIL, Kind.POSTAL_ADDRESS);

        assertThat(moderation.originalText(data.moderator, published.id())).hasValueSatisfying(original -> {
            assertThat(original.body()).isEqualTo(body);
            assertThat(original.title()).isEqualTo("Un cabinet infirmier");
        });
        assertThatThrownBy(() -> moderation.originalText(neighbour, published.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> moderation.originalText(Actor.ANONYMOUS, published.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> contributions.maskedPersonalData(neighbour, published.id()))
                .isInstanceOf(fr.convergences.base.UserFacingException.class);
        assertThat(data.platform.bean(ProfileService.class).exportPersonalData(author))
                .as("the author gets their words back")
                .contains("06 12 34 56 78");

        contributions.edit(author, published.id(), form("Un cabinet infirmier", "Ouvert le samedi matin."));

        assertThat(moderation.originalText(data.moderator, published.id()))
                .as("nothing left to mask, nothing kept")
                .isEmpty();
        assertThat(contributions.history(published.id()))
                .extracting(Revision::body)
                .containsExactly(masked);
    }

    @Test
    void a_text_without_personal_data_is_stored_as_written_and_nothing_is_kept_apart() {
        Actor author = data.person("Autrice");
        String body = "En 2024, 15 % des habitants n’avaient pas de médecin traitant ; l’hôpital a fermé 118 lits.";

        Contribution published = contributions.submit(author, data.consultation, form("Déserts médicaux", body));

        assertThat(published.body()).isEqualTo(body);
        assertThat(contributions.maskedPersonalData(author, published.id())).isEmpty();
        assertThat(data.sql.count(
                        "SELECT count(*) FROM contribution_original_text WHERE contribution_id = ?", published.id()))
                .isZero();
    }

    @Test
    void an_imported_row_is_masked_like_an_online_one_and_its_original_kept_for_the_moderators() throws Exception {
        Actor admin = data.person("Admin");
        data.platform
                .bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, admin.accountId(), data.council, CouncilRole.COUNCIL_ADMIN));
        byte[] file = """
                {"title": "Urgences saturées", "body": "Mon numéro de sécu 1 85 05 78 006 084 36, joignable au +33 6 11 22 33 44."}
                {"title": "Transports", "body": "Une navette vers l’hôpital le matin."}
                """.getBytes(StandardCharsets.UTF_8);
        ContributionImportService imports = data.platform.bean(ContributionImportService.class);
        try (var received = imports.receive(
                admin, data.consultation, "import.jsonl", file.length, new ByteArrayInputStream(file))) {
            imports.commit(
                    admin,
                    data.consultation,
                    received,
                    imports.preview(admin, data.consultation, received, null).mapping(),
                    ImportProgress.NONE);
        }

        assertThat(data.sql.column(
                        "SELECT body FROM contribution WHERE consultation_id = ? ORDER BY id", data.consultation))
                .containsExactly("Mon numéro de sécu […], joignable au […].", "Une navette vers l’hôpital le matin.");
        long imported = ((Number) data.sql
                        .column(
                                "SELECT id FROM contribution WHERE consultation_id = ? AND title = 'Urgences saturées'",
                                data.consultation)
                        .getFirst())
                .longValue();
        assertThat(moderation.originalText(data.moderator, imported))
                .hasValueSatisfying(original -> assertThat(original.kinds())
                        .containsExactlyInAnyOrder(Kind.SOCIAL_SECURITY_NUMBER, Kind.PHONE));
    }

    @Test
    void a_redaction_reaches_the_text_as_written_and_the_retention_erases_it() {
        Actor author = data.person("Auteur");
        long id = contributions
                .submit(
                        author,
                        data.consultation,
                        form("Pédiatre", "Ma fille a une leucémie, appelez le 01 69 12 34 56."))
                .id();

        moderation.redact(data.moderator, id, "Ma fille a une leucémie", "Donnée de santé d’un tiers");

        assertThat(moderation.originalText(data.moderator, id))
                .hasValueSatisfying(
                        original -> assertThat(original.body()).isEqualTo("[…], appelez le 01 69 12 34 56."));
        OriginalTextRetention retention = data.platform.bean(OriginalTextRetention.class);
        assertThat(retention.erase(Instant.now()))
                .as("still within its retention")
                .isZero();
        assertThat(moderation.originalText(data.moderator, id)).isPresent();

        assertThat(retention.erase(Instant.now().plus(Duration.ofDays(366)))).isPositive();

        assertThat(moderation.originalText(data.moderator, id)).isEmpty();
        assertThat(data.find(id).body()).isEqualTo("[…], appelez le […].");
        assertThat(List.of(retention.retentionRules().getFirst().days())).containsExactly(365L);
    }
}
