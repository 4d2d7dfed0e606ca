package fr.convergences.debate;

import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/** A fresh council with its admin, a debate organiser and a moderator, a consultation in its debates phase, and debates. */
final class DebateFixtures {

    final TestPlatform platform;
    final TestAccounts accounts;
    final long council;
    final Account adminAccount;
    final Account organiserAccount;
    final Account moderatorAccount;
    final Actor admin;
    final Actor organiser;
    final Actor moderator;

    DebateFixtures(TestPlatform platform) {
        this.platform = platform;
        this.accounts = new TestAccounts(platform);
        this.council = new TestCouncils(platform).create().id();
        this.adminAccount = withRole("Admin du conseil", CouncilRole.COUNCIL_ADMIN);
        this.organiserAccount = withRole("Association des usagers", CouncilRole.DEBATE_ORGANISER);
        this.moderatorAccount = withRole("Modératrice", CouncilRole.MODERATOR);
        this.admin = TestAccounts.actor(adminAccount);
        this.organiser = TestAccounts.actor(organiserAccount);
        this.moderator = TestAccounts.actor(moderatorAccount);
    }

    Account withRole(String name, CouncilRole role) {
        Account account = accounts.create(name);
        platform.bean(CouncilRoleRepository.class).save(new CouncilRoleGrant(null, account.id(), council, role));
        return account;
    }

    /** A consultation whose contributions and debates phases are open, followed by a synthesis phase. */
    long consultation() {
        LocalDate today = LocalDate.now();
        return platform.bean(ConsultationService.class)
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                "Santé en débat",
                                "Que vous manque-t-il ?",
                                null,
                                List.of(
                                        new ConsultationForm.PhaseDates(
                                                PhaseKind.CONTRIBUTIONS, today.minusDays(10), today.plusDays(30)),
                                        new ConsultationForm.PhaseDates(
                                                PhaseKind.DEBATES, today.minusDays(5), today.plusDays(30)),
                                        new ConsultationForm.PhaseDates(
                                                PhaseKind.SYNTHESIS, today.plusDays(31), today.plusDays(60)))))
                .id();
    }

    static DebateForm form(String title, int capacity) {
        return new DebateForm(
                title,
                "Un **débat** ouvert à toutes et tous.",
                null,
                LocalDate.now().plusDays(10),
                LocalTime.of(18, 0),
                LocalTime.of(20, 0),
                "Maison des associations, 2 rue de la Paix",
                null,
                true,
                true,
                "Boucle magnétique à l’accueil",
                null,
                capacity,
                Audience.OPEN,
                null,
                Set.of(),
                List.of("Accueil", "Échanges", "Synthèse"));
    }

    /** A debate proposed by the organiser and approved by the moderator. */
    Debate publicDebate(long consultation, String title, int capacity) {
        DebateService debates = platform.bean(DebateService.class);
        Debate debate = debates.create(organiser, consultation, form(title, capacity));
        debates.approve(moderator, debate.id());
        return debate;
    }

    /** Moves the debate so that it started {@code ago} ago (as if time had passed). */
    void startedAgo(long debateId, Duration ago) {
        new TestSql(platform)
                .update(
                        "UPDATE debate SET starts_at = now() - ?::interval, ends_at = now() - ?::interval + interval '2 hours' WHERE id = ?",
                        ago.toSeconds() + " seconds",
                        ago.toSeconds() + " seconds",
                        debateId);
    }
}
