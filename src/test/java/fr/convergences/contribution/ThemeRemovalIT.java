package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.consultation.Theme;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A theme that contributions use cannot be removed (it can be renamed), so no contribution loses its theme; an unused
 * one can. The consultation feature asks through its ThemeUsage port, which the contribution feature answers.
 */
class ThemeRemovalIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void a_theme_a_contribution_uses_is_refused_in_words_and_an_unused_one_is_removed() {
        long council = new TestCouncils(platform).create().id();
        Account adminAccount = new TestAccounts(platform).create("Admin thèmes");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, adminAccount.id(), council, CouncilRole.COUNCIL_ADMIN));
        Actor admin = TestAccounts.actor(adminAccount);
        ConsultationService consultations = platform.bean(ConsultationService.class);
        long consultation = consultations
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                "Thèmes",
                                "Question ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(10)))))
                .id();
        Theme used = consultations.addTheme(admin, consultation, "Accès aux soins");
        Theme unused = consultations.addTheme(admin, consultation, "Hors sujet");
        Actor resident = TestAccounts.actor(new TestAccounts(platform).create("Résident thèmes"));
        platform.bean(ContributionService.class)
                .submit(
                        resident,
                        consultation,
                        new ContributionForm(
                                ContributionKind.NEED,
                                "Un médecin",
                                "Il manque un médecin traitant au village.",
                                Set.of(used.id()),
                                null));

        assertThatThrownBy(() -> consultations.removeTheme(admin, used.id()))
                .isInstanceOfSatisfying(
                        UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("consultation.theme.inUse"));
        consultations.removeTheme(admin, unused.id());

        assertThat(consultations.details(consultation).themes())
                .extracting(Theme::name)
                .contains("Accès aux soins")
                .doesNotContain("Hors sujet");
    }
}
