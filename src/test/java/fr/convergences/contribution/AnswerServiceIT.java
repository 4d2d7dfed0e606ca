package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationRepository;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.PhaseRepository;
import fr.convergences.contribution.answer.AnswerService;
import fr.convergences.identity.AccessDeniedException;
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
import org.junit.jupiter.api.Test;

class AnswerServiceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final AnswerService answers = platform.bean(AnswerService.class);

    @Test
    void the_council_answers_publicly_a_refusal_needs_its_reason_and_the_author_is_told() {
        long council = new TestCouncils(platform).create().id();
        Account adminAccount = new TestAccounts(platform).create("Admin");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, adminAccount.id(), council, CouncilRole.COUNCIL_ADMIN));
        Actor admin = TestAccounts.actor(adminAccount);
        Account author = new TestAccounts(platform).create("Autrice");
        long consultation = platform.bean(ConsultationRepository.class)
                .save(new Consultation(null, council, "C", "Q ?", null, Instant.now()))
                .id();
        platform.bean(PhaseRepository.class)
                .save(new Phase(
                        null,
                        consultation,
                        PhaseKind.CONTRIBUTIONS,
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(1)));
        long contribution = platform.bean(ContributionService.class)
                .submit(
                        TestAccounts.actor(author),
                        consultation,
                        new ContributionForm(
                                ContributionKind.PROPOSAL, "Une maison de santé", "À Étampes.", Set.of(), null))
                .id();

        assertThatThrownBy(() -> answers.answer(admin, contribution, AnswerStatus.NOT_RETAINED, " "))
                .satisfies(e -> assertThat(((UserFacingException) e).messageKey())
                        .isEqualTo("contribution.answer.reasonRequired"));
        assertThatThrownBy(() -> answers.answer(TestAccounts.actor(author), contribution, AnswerStatus.RETAINED, "Oui"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(answers.answeredCount(consultation)).isZero();

        answers.answer(admin, contribution, AnswerStatus.UNDER_STUDY, "Étudiée avec la CPTS.");
        answers.answer(admin, contribution, AnswerStatus.NOT_RETAINED, "Un centre de santé ouvre déjà à 2 km.");

        assertThat(answers.answerTo(contribution)).hasValueSatisfying(answer -> {
            assertThat(answer.status()).isEqualTo(AnswerStatus.NOT_RETAINED);
            assertThat(answer.text()).isEqualTo("Un centre de santé ouvre déjà à 2 km.");
        });
        assertThat(answers.answeredCount(consultation)).isEqualTo(1);
        TestOutbox.deliverAll(platform);
        assertThat(platform.bean(NotificationCenter.class).inbox(TestAccounts.actor(author)))
                .extracting(Notification::title)
                .contains("Le conseil a répondu à votre contribution");
        assertThat(new TestSql(platform)
                        .column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", council))
                .containsExactly("contribution.answer", "contribution.answer");
    }
}
