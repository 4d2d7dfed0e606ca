package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.contribution.discussion.DiscussionService;
import fr.convergences.contribution.moderation.ModerationQueue;
import fr.convergences.contribution.moderation.ModerationService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.notification.Notification;
import fr.convergences.identity.notification.NotificationCenter;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestOutbox;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModerationIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ModerationService moderation = platform.bean(ModerationService.class);
    private final TestAccounts accounts = new TestAccounts(platform);
    private long council;
    private long consultation;
    private Actor moderator;
    private Actor author;

    @BeforeEach
    void councilWithModerator() {
        council = new TestCouncils(platform).create().id();
        Account account = accounts.create("Modératrice");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, account.id(), council, CouncilRole.MODERATOR));
        moderator = TestAccounts.actor(account);
        author = TestAccounts.actor(accounts.create("Auteur"));
        consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "C", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(1)));
    }

    private long contribution(String title) {
        return platform.bean(ContributionService.class)
                .submit(
                        author,
                        consultation,
                        new ContributionForm(ContributionKind.PROPOSAL, title, "Texte", Set.of(), null))
                .id();
    }

    private boolean visible(long contribution) {
        return platform.bean(ContributionService.class).published(consultation).stream()
                .anyMatch(c -> c.id() == contribution);
    }

    @Test
    void new_accounts_cannot_silence_a_proposal_but_established_ones_hide_it_pending_review() {
        long target = contribution("Fermer la maternité ? Non !");
        for (int i = 0; i < 3; i++) {
            moderation.report(TestAccounts.actor(accounts.create("Nouveau " + i)), target, "Je ne suis pas d’accord");
        }
        assertThat(visible(target)).as("three brand-new accounts").isTrue();
        platform.bean(fr.convergences.identity.notification.OutboxDelivery.class)
                .runOnce(); // moderators are alerted through the outbox
        assertThat(platform.bean(NotificationCenter.class).inbox(moderator))
                .extracting(Notification::title)
                .containsExactly("Une contribution a été signalée");

        for (int i = 0; i < 3; i++) {
            moderation.report(
                    TestAccounts.actor(accounts.createEstablished("Ancien " + i)), target, "Propos injurieux");
        }
        assertThat(visible(target)).isFalse();
        assertThatThrownBy(() -> platform.bean(DiscussionService.class)
                        .comment(TestAccounts.actor(accounts.create("X")), target, null, Stance.FOR, "Commentaire"))
                .satisfies(
                        e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("contribution.hidden"));
    }

    @Test
    void a_moderator_hides_and_restores_with_reasons_audited_and_the_author_told() {
        long target = contribution("Un témoignage avec un nom");
        Actor reporter = TestAccounts.actor(accounts.create("Vigilante"));
        moderation.report(reporter, target, "Donnée de santé d’une personne identifiable");
        assertThatThrownBy(() -> moderation.report(reporter, target, "Encore"))
                .satisfies(
                        e -> assertThat(((UserFacingException) e).messageKey()).isEqualTo("contribution.report.twice"));
        assertThat(platform.bean(ModerationQueue.class).contributions(moderator, council))
                .singleElement()
                .satisfies(item -> assertThat(item.reports()).isEqualTo(1));

        moderation.hide(moderator, target, "Données de santé");
        assertThat(visible(target)).isFalse();
        moderation.restore(moderator, target, "Passage anonymisé par l’auteur");
        assertThat(visible(target)).isTrue();

        assertThat(new TestSql(platform)
                        .column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", council))
                .containsExactly("contribution.hide", "contribution.restore");
        TestOutbox.deliverAll(platform);
        assertThat(platform.bean(NotificationCenter.class).inbox(author))
                .extracting(Notification::title)
                .contains("Votre contribution a été masquée", "Votre contribution est de nouveau visible");
        assertThatThrownBy(() -> moderation.hide(author, target, "Je masque"))
                .isInstanceOf(fr.convergences.identity.AccessDeniedException.class);
    }
}
