package fr.convergences.convergence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.territory.Council;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A regional synthesis over two councils' consultations: one document, themes merged by name, the same need voiced in
 * both councils as one convergence (each quote with its council), stored, published as versions that never change, v2
 * showing what changed, and a contribution hidden later leaving the published version.
 */
class RegionalSynthesisIT {

    private static final String DOCTORS = "Des médecins près de chez soi";

    private final TestPlatform platform = TestPlatform.shared();
    private final TestSql sql = new TestSql(platform);
    private final ConvergenceService convergences = platform.bean(ConvergenceService.class);
    private final RegionalSynthesisService regional = platform.bean(RegionalSynthesisService.class);

    /** A council whose convergence holding {@code member} is confirmed under {@code label}. */
    private ConvergenceFixture confirmed(Council council, boolean doctors, String label) {
        ConvergenceFixture fixture = new ConvergenceFixture(platform, council.id());
        convergences.compute(fixture.moderator, fixture.consultation);
        long member = doctors ? fixture.doctors.getFirst() : fixture.elderly.getFirst();
        long convergence = convergences.list(fixture.moderator, fixture.consultation, 3).stream()
                .filter(view -> view.members().stream().anyMatch(m -> m.contributionId() == member))
                .findFirst()
                .orElseThrow()
                .convergence()
                .id();
        convergences.rename(fixture.moderator, convergence, label);
        convergences.confirm(fixture.moderator, convergence);
        return fixture;
    }

    private static List<SynthesisDocument.Group> groups(SynthesisDocument document) {
        return document.themes().stream()
                .flatMap(section -> section.convergences().stream())
                .toList();
    }

    @Test
    void
            a_regional_editor_reads_two_councils_consultations_as_one_document_the_same_need_as_one_convergence_each_quote_with_its_council() {
        Council essonne = new TestCouncils(platform).create();
        Council yvelines = new TestCouncils(platform).create();
        ConvergenceFixture first = confirmed(essonne, true, DOCTORS);
        ConvergenceFixture second = confirmed(yvelines, true, DOCTORS);
        TestAccounts accounts = new TestAccounts(platform);
        Account regionalAccount = accounts.create("Chargée de mission régionale");
        CouncilRoleRepository roles = platform.bean(CouncilRoleRepository.class);
        roles.save(new CouncilRoleGrant(null, regionalAccount.id(), essonne.id(), CouncilRole.MODERATOR));
        roles.save(new CouncilRoleGrant(null, regionalAccount.id(), yvelines.id(), CouncilRole.MODERATOR));
        Actor editor = TestAccounts.actor(regionalAccount);
        List<Long> both = List.of(first.consultation, second.consultation);

        assertThatThrownBy(() -> regional.preview(first.moderator, both, "Synthèse régionale", "", Locale.FRENCH))
                .as("a moderator of one council only")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> regional.preview(Actor.ANONYMOUS, both, "Synthèse régionale", "", Locale.FRENCH))
                .isInstanceOf(AccessDeniedException.class);
        Actor platformAdmin = TestAccounts.actor(accounts.createPlatformAdmin("Administratrice"));
        assertThatThrownBy(() -> regional.preview(
                        platformAdmin, List.of(first.consultation), "Synthèse régionale", "", Locale.FRENCH))
                .satisfies(e ->
                        assertThat(((UserFacingException) e).messageKey()).isEqualTo("synthesis.regional.fewCouncils"));
        assertThat(regional.choices(editor))
                .extracting(RegionalSynthesisService.Choice::consultationId)
                .containsAll(both);
        assertThat(regional.choices(first.moderator))
                .extracting(RegionalSynthesisService.Choice::consultationId)
                .contains(first.consultation)
                .doesNotContain(second.consultation);

        SynthesisDocument document = regional.preview(
                editor, both, "Synthèse régionale des besoins de santé", "Deux conseils.", Locale.FRENCH);

        assertThat(document.title()).isEqualTo("Synthèse régionale des besoins de santé");
        assertThat(document.council()).contains(essonne.name(), yvelines.name());
        assertThat(groups(document))
                .as("the same need in two councils is one convergence")
                .extracting(SynthesisDocument.Group::label)
                .containsExactly(DOCTORS);
        SynthesisDocument.Group doctors = groups(document).getFirst();
        assertThat(doctors.councils()).containsExactly(essonne.name(), yvelines.name());
        assertThat(doctors.contributions()).isEqualTo(first.doctors.size() + second.doctors.size());
        assertThat(doctors.voices())
                .startsWith((first.doctors.size() + second.doctors.size()) + " voix distinctes")
                .contains("conseils", essonne.name(), yvelines.name());
        assertThat(doctors.quotes())
                .extracting(SynthesisDocument.Quote::source)
                .anyMatch(source -> source.endsWith(" — " + essonne.name()))
                .anyMatch(source -> source.endsWith(" — " + yvelines.name()));
        long contributions = sql.count(
                "SELECT count(*) FROM contribution WHERE consultation_id IN (?, ?) AND status = 'PUBLISHED'"
                        + " AND NOT hidden",
                first.consultation,
                second.consultation);
        assertThat(document.figures().contributions()).isEqualTo(contributions);
        String markdown = platform.bean(SynthesisDocumentMarkdown.class).render(document, Locale.FRENCH);
        assertThat(markdown).contains("# Synthèse régionale des besoins de santé", essonne.name(), yvelines.name());
    }

    @Test
    void different_needs_of_two_councils_stay_two_convergences() {
        Council essonne = new TestCouncils(platform).create();
        Council yvelines = new TestCouncils(platform).create();
        ConvergenceFixture first = confirmed(essonne, true, DOCTORS);
        ConvergenceFixture second = confirmed(yvelines, false, "Des soignants en EHPAD");
        Actor platformAdmin = TestAccounts.actor(new TestAccounts(platform).createPlatformAdmin("Administratrice"));

        SynthesisDocument document = regional.preview(
                platformAdmin, List.of(first.consultation, second.consultation), "Synthèse", "", Locale.FRENCH);

        assertThat(groups(document))
                .extracting(SynthesisDocument.Group::label)
                .containsExactlyInAnyOrder(DOCTORS, "Des soignants en EHPAD");
        assertThat(groups(document))
                .allSatisfy(group -> assertThat(group.councils()).hasSize(1));
    }

    @Test
    void
            the_regional_synthesis_is_stored_published_as_unchanging_versions_and_a_hidden_contribution_leaves_the_published_one()
                    throws Exception {
        Council essonne = new TestCouncils(platform).create();
        Council yvelines = new TestCouncils(platform).create();
        ConvergenceFixture first = confirmed(essonne, true, DOCTORS);
        ConvergenceFixture second = confirmed(yvelines, true, DOCTORS);
        Actor platformAdmin = TestAccounts.actor(new TestAccounts(platform).createPlatformAdmin("Administratrice"));
        List<Long> both = List.of(first.consultation, second.consultation);

        assertThatThrownBy(() -> regional.create(
                        first.moderator, new RegionalSynthesisService.Draft(both, "Synthèse", "", Map.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        regional.create(platformAdmin, new RegionalSynthesisService.Draft(both, "  ", "", Map.of())))
                .satisfies(
                        e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("synthesis.title.required"));
        assertThatThrownBy(() -> regional.publish(platformAdmin, Long.MAX_VALUE))
                .satisfies(e ->
                        assertThat(((UserFacingException) e).messageKey()).isEqualTo("synthesis.regional.unknown"));
        long id = regional.create(
                platformAdmin,
                new RegionalSynthesisService.Draft(both, "Synthèse régionale", "Deux conseils.", Map.of()));
        assertThat(regional.isPublished(id)).isFalse();
        String theme = regional.themes(platformAdmin, id).stream()
                .filter(heading -> heading.label() != null)
                .findFirst()
                .orElseThrow()
                .key();
        regional.save(
                platformAdmin,
                id,
                new RegionalSynthesisService.Draft(
                        both,
                        "Synthèse régionale",
                        "Deux conseils.",
                        Map.of(theme, "Ce que les deux conseils ont entendu.")));
        assertThatThrownBy(() -> regional.publish(first.moderator, id)).isInstanceOf(AccessDeniedException.class);

        assertThat(regional.publish(platformAdmin, id)).isEqualTo(1);
        regional.save(
                platformAdmin,
                id,
                new RegionalSynthesisService.Draft(
                        both,
                        "Synthèse régionale",
                        "Deux conseils, cadrage revu.",
                        regional.draft(platformAdmin, id).introductions()));
        assertThat(regional.publish(platformAdmin, id)).isEqualTo(2);

        SynthesisDocument v1 = regional.version(id, 1, Locale.FRENCH);
        SynthesisDocument v2 = regional.version(id, 2, Locale.FRENCH);
        assertThat(v1.number()).isEqualTo(1);
        assertThat(v1.framing()).isEqualTo("Deux conseils.");
        assertThat(v1.differences()).isEmpty();
        assertThat(v1.themes())
                .extracting(SynthesisDocument.Section::introduction)
                .contains("Ce que les deux conseils ont entendu.");
        assertThat(v2.differences()).containsExactly("Le texte de cadrage a été réécrit.");
        assertThat(regional.versions(id))
                .extracting(SynthesisDocumentService.VersionSummary::number)
                .containsExactly(2, 1);
        assertThat(regional.published())
                .filteredOn(published -> published.id() == id)
                .singleElement()
                .satisfies(published -> assertThat(published.number()).isEqualTo(2));
        assertThatThrownBy(() -> sql.update(
                        "UPDATE regional_synthesis_version SET title = 'Autre' WHERE regional_synthesis_id = ?", id))
                .as("a published version never changes")
                .isInstanceOf(RuntimeException.class);
        assertThat(sql.count(
                        "SELECT count(*) FROM audit_entry WHERE action = 'synthesis.regional.publish' AND subject_id = ?",
                        String.valueOf(id)))
                .as("one entry per council and version")
                .isEqualTo(4);
        TestOutbox.deliverAll(platform);
        for (ConvergenceFixture council : List.of(first, second)) {
            assertThat(sql.count(
                            "SELECT count(*) FROM notification WHERE account_id = ? AND link = ?",
                            council.admin.accountId(),
                            "/syntheses/regionales/" + id + "/v/2"))
                    .as("the council's secretariat is told")
                    .isEqualTo(1);
        }
        assertThat(sql.count(
                        "SELECT count(*) FROM notification WHERE account_id = ? AND link LIKE ?",
                        first.moderator.accountId(),
                        "/syntheses/regionales/" + id + "/%"))
                .as("not its moderators")
                .isZero();

        for (String format : List.of("md", "pdf", "json")) {
            HttpResponse<byte[]> download = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(platform.uri("/api/syntheses/regionales/" + id + "/v/2." + format))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).as(format).isEqualTo(200);
            String body = new String(download.body(), StandardCharsets.UTF_8);
            assertThat(body)
                    .as(format)
                    .startsWith(
                            switch (format) {
                                case "md" -> "# Synthèse régionale";
                                case "pdf" -> "%PDF";
                                default -> "{";
                            });
            if (!format.equals("pdf")) {
                assertThat(body).contains(DOCTORS, "Le texte de cadrage a été réécrit.");
            }
        }
        assertThat(HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(platform.uri("/api/syntheses/regionales/" + id + "/v/3.md"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode())
                .as("a version not published")
                .isEqualTo(404);

        SynthesisDocument.Group before = groups(v2).getFirst();
        SynthesisDocument.Quote quoted = before.quotes().getFirst();
        platform.bean(ModerationService.class)
                .hide(first.moderator, quoted.contribution(), "Propos contraires à la charte");
        SynthesisDocument after = regional.version(id, 2, Locale.FRENCH);

        assertThat(after.withdrawn()).isEqualTo(1);
        assertThat(after.figures().contributions()).isEqualTo(v2.figures().contributions() - 1);
        assertThat(groups(after).getFirst().contributions()).isEqualTo(before.contributions() - 1);
        assertThat(groups(after).getFirst().quotes())
                .extracting(SynthesisDocument.Quote::contribution)
                .doesNotContain(quoted.contribution());
        assertThat(platform.bean(SynthesisDocumentService.class).json(after))
                .as("open data")
                .contains("/contributions/")
                .doesNotContain("/contributions/" + quoted.contribution() + "\"");
    }
}
