package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.debate.calendar.DebateCalendar;
import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Account;
import fr.convergences.identity.CouncilRole;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proposing, approving, editing and cancelling debates; registrations, the waiting list and the e-mailed links. */
class DebateServiceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final DebateService debates = platform.bean(DebateService.class);
    private final RegistrationService registrations = platform.bean(RegistrationService.class);
    private DebateFixtures fixtures;
    private long consultation;

    @BeforeEach
    void council() {
        fixtures = new DebateFixtures(platform);
        consultation = fixtures.consultation();
    }

    private static String key(Throwable refusal) {
        return ((UserFacingException) refusal).messageKey();
    }

    private static DebateForm withTimes(
            DebateForm form, LocalDate day, LocalTime start, LocalTime end, Integer capacity) {
        return new DebateForm(
                form.title(),
                form.description(),
                form.organisationId(),
                day,
                start,
                end,
                form.place(),
                form.communeInsee(),
                form.stepFree(),
                form.hearingLoop(),
                form.accessibilityNotes(),
                form.onlineUrl(),
                capacity,
                form.audience(),
                form.audienceDetails(),
                form.themeIds(),
                form.agenda());
    }

    @Test
    void a_proposed_debate_is_public_only_once_a_moderator_approves_it() {
        Debate proposed =
                debates.create(fixtures.organiser, consultation, DebateFixtures.form("Santé mentale des jeunes", 30));
        Account stranger = fixtures.accounts.create("Habitant");

        assertThat(proposed.status()).isEqualTo(DebateStatus.PENDING);
        assertThatThrownBy(() -> debates.details(TestAccounts.actor(stranger), proposed.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.unknown"));
        assertThat(debates.awaitingApproval(fixtures.moderator))
                .extracting(Debate::id)
                .contains(proposed.id());
        fr.convergences.testing.TestOutbox.deliverAll(platform); // moderators are told through the outbox
        assertThat(new TestSql(platform)
                        .count(
                                "SELECT count(*) FROM notification WHERE account_id = ? AND kind = 'MODERATION_ALERT'",
                                fixtures.moderatorAccount.id()))
                .isEqualTo(1);
        assertThatThrownBy(() -> debates.approve(fixtures.organiser, proposed.id()))
                .isInstanceOf(AccessDeniedException.class);

        debates.approve(fixtures.moderator, proposed.id());

        DebateDetails details = debates.details(TestAccounts.actor(stranger), proposed.id());
        assertThat(details.debate().status()).isEqualTo(DebateStatus.PUBLISHED);
        assertThat(details.agenda()).containsExactly("Accueil", "Échanges", "Synthèse");
        assertThat(details.seatsLeft()).isEqualTo(30);
        assertThatThrownBy(() -> debates.approve(fixtures.moderator, proposed.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.approve.notPending"));
    }

    @Test
    void bad_debates_are_refused_with_a_clear_message_and_nothing_is_saved() {
        DebateForm form = DebateFixtures.form("Accès aux soins", 20);
        LocalDate day = LocalDate.now().plusDays(3);
        assertThatThrownBy(() -> debates.create(
                        fixtures.organiser,
                        consultation,
                        withTimes(form, day, LocalTime.of(20, 0), LocalTime.of(18, 0), 20)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.end.beforeStart"));
        assertThatThrownBy(() -> debates.create(
                        fixtures.organiser,
                        consultation,
                        withTimes(form, day, LocalTime.of(18, 0), LocalTime.of(20, 0), 0)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.capacity.positive"));
        assertThatThrownBy(() -> debates.create(
                        fixtures.organiser,
                        consultation,
                        withTimes(form, day, LocalTime.of(18, 0), LocalTime.of(20, 0), -5)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.capacity.positive"));
        assertThatThrownBy(() -> debates.create(
                        fixtures.organiser,
                        consultation,
                        withTimes(form, LocalDate.now().minusDays(1), LocalTime.of(18, 0), LocalTime.of(20, 0), 20)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.start.past"));
        assertThatThrownBy(() -> debates.create(
                        fixtures.organiser,
                        consultation,
                        new DebateForm(
                                "Sans lieu",
                                "Texte",
                                null,
                                day,
                                LocalTime.NOON,
                                LocalTime.of(14, 0),
                                " ",
                                null,
                                false,
                                false,
                                null,
                                "javascript:alert(1)",
                                10,
                                null,
                                null,
                                Set.of(),
                                List.of())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.onlineUrl.invalid"));
        // A consultation whose debates phase is over takes no debate.
        new TestSql(platform)
                .update(
                        "UPDATE consultation_phase SET starts_on = current_date - 20, ends_on = current_date - 1 WHERE consultation_id = ? AND kind = 'DEBATES'",
                        consultation);
        assertThatThrownBy(() -> debates.create(fixtures.organiser, consultation, form))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.phase.closed"));

        assertThat(new TestSql(platform).count("SELECT count(*) FROM debate WHERE consultation_id = ?", consultation))
                .isZero();
    }

    @Test
    void organisers_edit_their_own_debates_only_and_council_admins_all() {
        Debate debate = fixtures.publicDebate(consultation, "Vieillir chez soi", 10);
        Account otherOrganiser = fixtures.withRole("Autre bénévole", CouncilRole.DEBATE_ORGANISER);
        DebateForm changed = DebateFixtures.form("Vieillir chez soi, en Essonne", 12);

        assertThatThrownBy(() -> debates.edit(TestAccounts.actor(otherOrganiser), debate.id(), changed))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.notYours"));
        assertThat(debates.edit(fixtures.organiser, debate.id(), changed).title())
                .isEqualTo("Vieillir chez soi, en Essonne");
        assertThat(debates.edit(fixtures.admin, debate.id(), DebateFixtures.form("Vieillir chez soi (modifié)", 12))
                        .capacity())
                .isEqualTo(12);
    }

    @Test
    void a_full_debate_puts_people_on_its_waiting_list_and_a_freed_seat_goes_to_the_first_waiting() {
        Debate debate = fixtures.publicDebate(consultation, "Urgences de nuit", 2);
        Account first = fixtures.accounts.create("Première");
        Account second = fixtures.accounts.create("Deuxième");
        Account third = fixtures.accounts.create("Troisième");

        assertThat(registrations
                        .register(TestAccounts.actor(first), debate.id())
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations
                        .registerOnBehalf(fixtures.organiser, debate.id(), "M. Martin", "01 60 00 00 00")
                        .status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registrations
                        .register(TestAccounts.actor(second), debate.id())
                        .status())
                .isEqualTo(RegistrationStatus.WAITING);
        assertThat(registrations
                        .register(TestAccounts.actor(third), debate.id())
                        .status())
                .isEqualTo(RegistrationStatus.WAITING);
        assertThatThrownBy(() -> registrations.register(TestAccounts.actor(first), debate.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.registration.twice"));

        registrations.cancelOwn(TestAccounts.actor(first), debate.id());

        assertThat(registrations.registrants(fixtures.organiser, debate.id()))
                .extracting(Registration::name, Registration::status)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Deuxième", RegistrationStatus.CONFIRMED),
                        org.assertj.core.groups.Tuple.tuple("Troisième", RegistrationStatus.WAITING));
        TestOutbox.deliverAll(platform);
        assertThat(new TestSql(platform)
                        .column("SELECT title FROM notification WHERE account_id = ? ORDER BY id", second.id()))
                .containsExactly(
                        "Liste d’attente\u00a0: Urgences de nuit", "Une place s’est libérée\u00a0: Urgences de nuit");
        assertThatThrownBy(() -> registrations.registrants(TestAccounts.actor(third), debate.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.registrants(fixtures.moderator, debate.id()))
                .as("registrants' personal data: the organiser and council admins only")
                .isInstanceOf(AccessDeniedException.class);
        assertThat(registrations.registrants(fixtures.admin, debate.id())).hasSize(4);
    }

    @Test
    void someone_without_an_account_confirms_by_the_e_mailed_link_and_cannot_register_the_same_address_twice() {
        Debate debate = fixtures.publicDebate(consultation, "Déserts médicaux", 5);
        String email = "sans.compte." + System.nanoTime() + "@example.org";

        Registration pending =
                registrations.registerWithoutAccount(debate.id(), "Mme Sans Compte", email, Locale.FRENCH);
        assertThat(pending.status()).isEqualTo(RegistrationStatus.UNCONFIRMED);
        assertThatThrownBy(() ->
                        registrations.registerWithoutAccount(debate.id(), "Encore", email.toUpperCase(), Locale.FRENCH))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.registration.twice"));
        String link = platform.mailbox().latestLinkTo(email);
        assertThat(link).contains("/debat-inscription/confirmer?jeton=");

        Registration confirmed = registrations.confirm(link.substring(link.indexOf("jeton=") + 6));

        assertThat(confirmed.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        TestOutbox.deliverAll(platform); // the confirmation's mail leaves through the outbox
        String cancel = platform.mailbox().latestLinkTo(email);
        assertThat(platform.mailbox().latestTo(email).orElseThrow().subject())
                .isEqualTo("Inscription confirmée\u00a0: Déserts médicaux");
        assertThat(platform.mailbox().latestTo(email).orElseThrow().text())
                .contains("/debat-inscription/annuler?jeton=");
        assertThatThrownBy(() -> registrations.confirm(link.substring(link.indexOf("jeton=") + 6)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.registration.link.invalid"));
        assertThat(cancel).isNotBlank();
    }

    @Test
    void a_cancelled_debate_tells_its_registrants_why_and_has_no_calendar_file() {
        Debate debate = fixtures.publicDebate(consultation, "Prévention au travail", 5);
        Account resident = fixtures.accounts.create("Inscrite");
        registrations.register(TestAccounts.actor(resident), debate.id());

        assertThatThrownBy(() -> debates.cancel(fixtures.moderator, debate.id(), " "))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.cancel.reason.required"));
        debates.cancel(fixtures.moderator, debate.id(), "Salle indisponible");
        platform.bean(fr.convergences.identity.notification.OutboxDelivery.class)
                .runOnce();

        assertThat(new TestSql(platform)
                        .column(
                                "SELECT body FROM notification WHERE account_id = ? AND kind = 'DEBATE_CANCELLED'",
                                resident.id()))
                .singleElement()
                .asString()
                .contains("Raison\u00a0: Salle indisponible");
        assertThat(registrations.registrants(fixtures.organiser, debate.id()))
                .extracting(Registration::status)
                .containsOnly(RegistrationStatus.CANCELLED);
        assertThatThrownBy(() -> platform.bean(DebateCalendar.class).debate(debate.id(), "http://localhost"))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.ical.cancelled"));
        assertThatThrownBy(() ->
                        registrations.register(TestAccounts.actor(fixtures.accounts.create("Tardive")), debate.id()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("debate.cancelled"));
    }
}
