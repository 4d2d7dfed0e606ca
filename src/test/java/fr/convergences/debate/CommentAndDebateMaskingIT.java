package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.contribution.Stance;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.debate.outcome.DebateOutcomeService;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: e-mail addresses and phone numbers typed into comments, addenda and a debate's texts are masked before they
 * are stored, as contributions' are, so that no page, calendar file, export or open-data file can show them. A debate's
 * venue address stays readable; a comment or an addendum is masked of every kind a contribution is.
 */
class CommentAndDebateMaskingIT {

    private static final String MAIL = "marie.dupont@exemple.fr";
    private static final String PHONE = "06 12 34 56 78";

    private final TestPlatform platform = TestPlatform.shared();
    private final DebateService debates = platform.bean(DebateService.class);
    private final TestSql sql = new TestSql(platform);
    private DebateFixtures fixtures;
    private long consultation;

    @BeforeEach
    void council() {
        fixtures = new DebateFixtures(platform);
        consultation = fixtures.consultation();
    }

    @Test
    void a_comment_or_an_addendum_keeps_no_e_mail_address_phone_number_or_postal_address_anywhere_the_public_reads() {
        Actor author = TestAccounts.actor(fixtures.accounts.create("Autrice"));
        Actor neighbour = TestAccounts.actor(fixtures.accounts.create("Voisin"));
        long contribution = platform.bean(ContributionService.class)
                .submit(
                        author,
                        consultation,
                        new ContributionForm(
                                ContributionKind.PROPOSAL,
                                "Un bus vers l’hôpital",
                                "Le matin surtout.",
                                Set.of(),
                                null))
                .id();
        DiscussionService discussions = platform.bean(DiscussionService.class);

        long comment = discussions
                .comment(
                        neighbour,
                        contribution,
                        null,
                        Stance.FOR,
                        "D’accord ! Écrivez-moi à " + MAIL + " ou au " + PHONE + ", j’habite 12 rue Victor Hugo.")
                .id();

        String shown = discussions
                .discussion(Actor.ANONYMOUS, contribution, Locale.FRENCH)
                .threads()
                .getFirst()
                .comment()
                .body();
        assertThat(shown).isEqualTo("D’accord ! Écrivez-moi à […] ou au […], j’habite […].");
        assertThat(sql.column("SELECT body FROM contribution_comment WHERE id = ?", comment))
                .as("stored, so every reader gets it masked")
                .containsExactly(shown);
        ContributionService contributions = platform.bean(ContributionService.class);
        contributions.addAddendum(
                author,
                contribution,
                "Précision : mon numéro de sécu est 1 85 05 78 006 084 36, écrivez à " + MAIL + ".");
        assertThat(contributions.addenda(contribution))
                .extracting(fr.convergences.contribution.Addendum::body)
                .containsExactly("Précision : mon numéro de sécu est […], écrivez à […].");
    }

    @Test
    void a_debates_texts_calendar_file_and_minutes_mask_contact_details_and_keep_the_venue() throws Exception {
        DebateForm base = DebateFixtures.form("Santé mentale : parlons-en", 30);
        Debate debate = debates.create(
                fixtures.organiser,
                consultation,
                new DebateForm(
                        base.title(),
                        "Inscriptions auprès de " + MAIL + ". Rendez-vous au 2 rue de la Paix.",
                        null,
                        base.day(),
                        base.startTime(),
                        base.endTime(),
                        base.place(),
                        null,
                        true,
                        true,
                        "Aide à l’accueil : appeler le " + PHONE,
                        null,
                        30,
                        Audience.OPEN,
                        "Contact : " + MAIL,
                        Set.of(),
                        List.of("Accueil", "Questions au " + PHONE)));
        debates.approve(fixtures.moderator, debate.id());

        Debate stored = debates.details(Actor.ANONYMOUS, debate.id()).debate();
        assertThat(stored.description()).isEqualTo("Inscriptions auprès de […]. Rendez-vous au 2 rue de la Paix.");
        assertThat(stored.accessibilityNotes()).isEqualTo("Aide à l’accueil : appeler le […]");
        assertThat(stored.audienceDetails()).isEqualTo("Contact : […]");
        assertThat(debates.details(Actor.ANONYMOUS, debate.id()).agenda())
                .containsExactly("Accueil", "Questions au […]");
        String ics = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(platform.uri("/api/debates/" + debate.id() + ".ics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body()
                .replace("\r\n ", "");
        assertThat(ics)
                .contains("Inscriptions auprès de […]", "2 rue de la Paix")
                .doesNotContain(MAIL, PHONE);

        fixtures.startedAgo(debate.id(), Duration.ofHours(3));
        platform.bean(DebateOutcomeService.class)
                .writeMinutes(
                        fixtures.organiser,
                        debate.id(),
                        "## Ce qui a été dit\n\nLa pharmacienne (" + PHONE + ", " + MAIL + ") propose une permanence.");
        assertThat(debates.details(Actor.ANONYMOUS, debate.id()).debate().minutes())
                .isEqualTo("## Ce qui a été dit\n\nLa pharmacienne ([…], […]) propose une permanence.");
    }
}
