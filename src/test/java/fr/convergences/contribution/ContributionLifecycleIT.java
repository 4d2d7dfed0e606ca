package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The author's lifecycle of a contribution: draft, publish, edit window and history, addenda, withdrawal. */
class ContributionLifecycleIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ContributionService contributions = platform.bean(ContributionService.class);
    private final DiscussionService discussions = platform.bean(DiscussionService.class);
    private final TestSql sql = new TestSql(platform);
    private Actor author;
    private Actor neighbour;
    private long consultation;

    @BeforeEach
    void openConsultation() {
        long council = new TestCouncils(platform).create().id();
        Account admin = new TestAccounts(platform).create("Admin");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, admin.id(), council, CouncilRole.COUNCIL_ADMIN));
        consultation = platform.bean(ConsultationService.class)
                .open(
                        TestAccounts.actor(admin),
                        council,
                        new ConsultationForm(
                                "Diagnostic",
                                "Vos besoins ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(30)))))
                .id();
        author = TestAccounts.actor(new TestAccounts(platform).create("Autrice"));
        neighbour = TestAccounts.actor(new TestAccounts(platform).create("Voisin"));
    }

    private static ContributionForm form(String title, String body) {
        return new ContributionForm(ContributionKind.PROPOSAL, title, body, Set.of(), null);
    }

    private static String key(Throwable refusal) {
        return ((UserFacingException) refusal).messageKey();
    }

    @Test
    void a_draft_is_seen_by_its_author_only_until_it_is_published() {
        Contribution draft =
                contributions.saveDraft(author, consultation, form("Un bus vers l’hôpital", "Première idée"));

        assertThat(contributions.published(consultation)).isEmpty();
        assertThat(contributions.drafts(author, consultation))
                .extracting(Contribution::id)
                .containsExactly(draft.id());
        assertThat(contributions.drafts(neighbour, consultation)).isEmpty();
        assertThatThrownBy(() -> discussions.discussion(neighbour, draft.id(), java.util.Locale.FRENCH))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.unknown"));
        assertThatThrownBy(() -> contributions.publish(neighbour, draft.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.unknown"));

        contributions.edit(author, draft.id(), form("Un bus vers l’hôpital", "Idée mûrie"));
        Contribution published = contributions.publish(author, draft.id());

        assertThat(published.status()).isEqualTo(ContributionStatus.PUBLISHED);
        assertThat(published.body()).isEqualTo("Idée mûrie");
        assertThat(contributions.history(draft.id()))
                .as("editing a draft is not history")
                .isEmpty();
        assertThat(contributions.published(consultation))
                .extracting(Contribution::id)
                .containsExactly(draft.id());
    }

    @Test
    void an_edit_within_the_window_keeps_the_replaced_version_in_the_history() {
        Contribution first = contributions.submit(author, consultation, form("Centre de santé", "Ouvert le soir"));

        contributions.edit(author, first.id(), form("Centre de santé à Évry", "Ouvert le soir et le samedi"));

        assertThat(contributions.history(first.id()))
                .singleElement()
                .satisfies(revision -> assertThat(revision.body()).isEqualTo("Ouvert le soir"))
                .satisfies(revision -> assertThat(revision.number()).isEqualTo(1));
        assertThat(contributions.authorTools(author, first.id()).editableUntil())
                .isNotNull();
    }

    @Test
    void the_first_support_closes_the_edit_window_and_only_addenda_remain() {
        Contribution contribution =
                contributions.submit(author, consultation, form("Téléconsultation", "Dans les mairies"));
        discussions.support(neighbour, contribution.id());

        assertThatThrownBy(() -> contributions.edit(author, contribution.id(), form("Autre", "Autre texte")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.edit.closed"));
        assertThat(contributions.history(contribution.id())).isEmpty();
        contributions.addAddendum(author, contribution.id(), "Avec un accompagnement par un médiateur numérique.");

        assertThat(contributions.addenda(contribution.id()))
                .extracting(Addendum::body)
                .containsExactly("Avec un accompagnement par un médiateur numérique.");
        assertThat(sql.column("SELECT body FROM contribution WHERE id = ?", contribution.id()))
                .containsExactly("Dans les mairies");
    }

    @Test
    void the_edit_window_closes_after_its_delay() {
        Contribution contribution =
                contributions.submit(author, consultation, form("Maison de santé", "Dans le quartier"));
        sql.update("UPDATE contribution SET published_at = now() - interval '2 hours' WHERE id = ?", contribution.id());

        assertThat(contributions.authorTools(author, contribution.id()).canEdit())
                .isFalse();
        assertThatThrownBy(() -> contributions.edit(author, contribution.id(), form("Autre", "Autre texte")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.edit.closed"));
    }

    @Test
    void a_withdrawn_contribution_leaves_the_public_list_the_api_and_the_open_data_export_but_stays_with_its_author() {
        Contribution kept =
                contributions.submit(author, consultation, form("Centre de santé de quartier", "Ouvert le samedi"));
        Contribution contribution =
                contributions.submit(author, consultation, form("Pharmacie de garde", "Mieux indiquée"));
        discussions.support(neighbour, contribution.id());

        contributions.withdraw(author, contribution.id());

        ContributionListStore browser = platform.bean(ContributionListStore.class);
        assertThat(browser.browse(ContributionQuery.newest(consultation)).items())
                .extracting(ContributionSummary::id)
                .containsExactly(kept.id());
        assertThat(browser.countByOrigin(consultation).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(1);
        assertThat(contributions.published(consultation))
                .extracting(Contribution::id)
                .containsExactly(kept.id());
        assertThat(contributions.publicPage(consultation, 0, 10).contributions())
                .extracting(Contribution::id)
                .containsExactly(kept.id());
        assertThat(platform.bean(PublicContributions.class).visibleAmong(List.of(kept.id(), contribution.id())))
                .containsExactly(kept.id());
        var csv = new java.io.StringWriter();
        platform.bean(fr.convergences.contribution.exchange.OpenDataExport.class)
                .writeCsv(consultation, csv);
        assertThat(csv.toString()).contains("Centre de santé de quartier").doesNotContain("Pharmacie de garde");
        assertThatThrownBy(() -> discussions.discussion(neighbour, contribution.id(), java.util.Locale.FRENCH))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.withdrawn.gone"));
        assertThat(discussions
                        .discussion(author, contribution.id(), java.util.Locale.FRENCH)
                        .contribution()
                        .isWithdrawn())
                .isTrue();
        assertThatThrownBy(() -> contributions.withdraw(author, contribution.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.withdraw.notPublished"));
    }

    @Test
    void nobody_else_edits_withdraws_or_completes_a_contribution() {
        Contribution contribution = contributions.submit(author, consultation, form("Dentiste", "Trop loin"));

        assertThatThrownBy(() -> contributions.edit(neighbour, contribution.id(), form("Piraté", "Piraté")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.unknown"));
        assertThatThrownBy(() -> contributions.withdraw(neighbour, contribution.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.unknown"));
        assertThatThrownBy(() -> contributions.addAddendum(neighbour, contribution.id(), "Piraté"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.unknown"));
        assertThatThrownBy(() -> contributions.withdraw(Actor.ANONYMOUS, contribution.id()))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(sql.column(
                        "SELECT title || '/' || body || '/' || status FROM contribution WHERE id = ?",
                        contribution.id()))
                .containsExactly("Dentiste/Trop loin/PUBLISHED");
        assertThat(contributions.addenda(contribution.id())).isEmpty();
    }

    @Test
    void a_contribution_from_outside_the_consultation_s_communes_is_refused() {
        Consultation scoped = platform.bean(fr.convergences.consultation.ConsultationRepository.class)
                .findById(consultation)
                .orElseThrow();
        long territory = (Long) sql.column("SELECT territory_id FROM council WHERE id = ?", scoped.councilId())
                .getFirst();
        String code = String.format("9%04d", (int) (Math.random() * 9999));
        sql.update(
                "INSERT INTO commune (insee_code, territory_id, name) VALUES (?, ?, 'Commune test') ON CONFLICT DO NOTHING",
                code,
                territory);
        sql.update("INSERT INTO consultation_commune (consultation_id, insee_code) VALUES (?, ?)", consultation, code);

        assertThatThrownBy(() -> contributions.submit(
                        author,
                        consultation,
                        new ContributionForm(ContributionKind.NEED, "Hors champ", "Texte", Set.of(), "75056")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.commune.outOfScope"));
        assertThat(contributions
                        .submit(
                                author,
                                consultation,
                                new ContributionForm(ContributionKind.NEED, "Dans le champ", "Texte", Set.of(), code))
                        .communeInsee())
                .isEqualTo(code);
    }
}
