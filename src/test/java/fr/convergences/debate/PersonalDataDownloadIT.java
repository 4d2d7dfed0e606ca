package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.AnswerStatus;
import fr.convergences.contribution.Contribution;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.Stance;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.mediation.AgeBand;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.contribution.mediation.MediationService;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CharterAcceptanceStore;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.RetentionRule;
import fr.convergences.identity.profile.ProfileService;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The personal-data download holds every kind of data the platform keeps about a person (GDPR right of access):
 * account, contributions with their earlier versions and their text as written, drafts, supports, comments, reports,
 * debate registrations, notifications, the mediations they recorded and their acceptance of the participation charter;
 * as JSON and as a readable page. It lives with the debates' tests because a registration needs a debate, the rightmost feature it covers.
 */
class PersonalDataDownloadIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void the_download_holds_every_kind_of_personal_data_as_json_and_as_a_readable_page() throws Exception {
        DebateFixtures fixtures = new DebateFixtures(platform);
        long consultation = fixtures.consultation();
        // A resident who also collects contributions for others (a volunteer of an association).
        Account account = fixtures.withRole("Léa Données", CouncilRole.DEBATE_ORGANISER);
        Actor resident = TestAccounts.actor(account);
        // What the sign-up form records (TestAccounts writes the account alone).
        Instant accepted = Instant.parse("2026-11-02T09:15:00Z");
        platform.bean(CharterAcceptanceStore.class)
                .record(account.id(), CharterAcceptanceStore.Channel.SIGN_UP, accepted);
        Actor neighbour = TestAccounts.actor(fixtures.accounts.create("Voisine"));
        ContributionService contributions = platform.bean(ContributionService.class);
        DiscussionService discussions = platform.bean(DiscussionService.class);

        Contribution own = contributions.submit(
                resident, consultation, form("Maison de santé", "Écrivez-moi à lea.donnees@example.org"));
        contributions.edit(
                resident,
                own.id(),
                form("Maison de santé à Évry", "Ouverte le soir, écrivez-moi à lea.donnees@example.org"));
        contributions.saveDraft(resident, consultation, form("Brouillon pas fini", "À compléter"));
        long other = contributions
                .submit(neighbour, consultation, form("Bus vers l’hôpital", "Une navette le matin"))
                .id();
        discussions.support(resident, other);
        discussions.comment(resident, other, null, Stance.FOR, "Oui <b>vraiment</b>, le matin");
        platform.bean(ModerationService.class).report(resident, other, "Le titre me semble hors sujet");
        platform.bean(AnswerService.class)
                .answer(fixtures.admin, own.id(), AnswerStatus.UNDER_STUDY, "Le conseil étudie votre proposition.");
        platform.bean(MediationService.class)
                .collect(
                        resident,
                        consultation,
                        new MediationForm(
                                form("Recueillie au marché", "Plus de kinés"),
                                "Marché d’Évry",
                                null,
                                true,
                                "Monsieur Martin",
                                AgeBand.FROM_75));
        platform.bean(RegistrationService.class)
                .register(
                        resident,
                        fixtures.publicDebate(consultation, "Débat des données", 20)
                                .id());

        ProfileService profiles = platform.bean(ProfileService.class);
        TestOutbox.deliverAll(platform);
        Map<String, Object> json = platform.bean(ObjectMapper.class)
                .readValue(profiles.exportPersonalData(resident), Argument.mapOf(String.class, Object.class));

        assertThat(map(json, "account"))
                .containsEntry("displayName", "Léa Données")
                .containsEntry("email", account.email());
        Map<String, Object> said = map(json, "contributions");
        // The contribution collected for Monsieur Martin is his, not hers: it appears under the mediations she
        // recorded.
        assertThat(list(said, "published")).singleElement().satisfies(contribution -> {
            assertThat(contribution)
                    .containsEntry("title", "Maison de santé à Évry")
                    .containsEntry("answerStatus", "UNDER_STUDY")
                    .containsEntry("body", "Ouverte le soir, écrivez-moi à […]")
                    .containsEntry("textAsWritten", "Ouverte le soir, écrivez-moi à lea.donnees@example.org")
                    .containsEntry("maskedInPublic", "EMAIL");
            assertThat(list(contribution, "earlierVersions"))
                    .singleElement()
                    .satisfies(version -> assertThat(version).containsEntry("title", "Maison de santé"));
        });
        assertThat(list(said, "drafts"))
                .singleElement()
                .satisfies(draft -> assertThat(draft).containsEntry("title", "Brouillon pas fini"));
        assertThat(list(said, "supports"))
                .singleElement()
                .satisfies(support -> assertThat(support).containsEntry("title", "Bus vers l’hôpital"));
        assertThat(list(said, "comments"))
                .singleElement()
                .satisfies(comment -> assertThat(comment).containsEntry("stance", "FOR"));
        assertThat(list(said, "mediationsCollected"))
                .singleElement()
                .satisfies(mediation -> assertThat(mediation)
                        .containsEntry("participantName", "Monsieur Martin")
                        .containsEntry("place", "Marché d’Évry"));
        assertThat(list(map(json, "moderation"), "contributionReports"))
                .singleElement()
                .satisfies(report -> assertThat(report).containsEntry("reason", "Le titre me semble hors sujet"));
        assertThat(list(map(json, "debates"), "registrations"))
                .singleElement()
                .satisfies(registration -> assertThat(registration).containsEntry("title", "Débat des données"));
        assertThat(list(map(json, "notifications"), "received")).isNotEmpty();
        assertThat(map(json, "charterAcceptance"))
                .containsEntry("acceptedAt", accepted.toString())
                .containsEntry("channel", "SIGN_UP");
        assertThat(platform.bean(ObjectMapper.class)
                        .readValue(profiles.exportPersonalData(neighbour), Argument.mapOf(String.class, Object.class)))
                .as("an account made before the charter was asked")
                .containsEntry("charterAcceptance", Map.of());

        String page = profiles.exportPersonalDataSummary(resident, Locale.FRENCH);
        assertThat(page)
                .startsWith("<!DOCTYPE html>")
                .contains(
                        "<html lang=\"fr\">",
                        "Vos contributions",
                        "Brouillons",
                        "Vos soutiens",
                        "Vos commentaires",
                        "Vos signalements de contributions",
                        "Vos inscriptions aux débats",
                        "Notifications reçues",
                        "Contributions que vous avez recueillies pour d’autres personnes",
                        "Votre acceptation de la charte de participation",
                        "Brouillon pas fini",
                        "Monsieur Martin",
                        "Oui &lt;b&gt;vraiment&lt;/b&gt;")
                .doesNotContain("<b>vraiment");
        assertThat(profiles.exportPersonalDataSummary(resident, Locale.ENGLISH))
                .contains("<html lang=\"en\">", "Your contributions");

        assertThat(profiles.retentionRules())
                .extracting(RetentionRule::messageKey)
                .contains(
                        "identity.retention.signInAttempts",
                        "identity.retention.expiredLinks",
                        "contribution.retention.originalText",
                        "debate.retention.registrants");
    }

    private static ContributionForm form(String title, String body) {
        return new ContributionForm(ContributionKind.PROPOSAL, title, body, Set.of(), null);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        assertThat(parent).containsKey(key);
        return (List<Map<String, Object>>) parent.get(key);
    }
}
