package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.identity.AccessDeniedException;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContributionServiceIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final ContributionService contributions = platform.bean(ContributionService.class);
    private final ConsultationService consultations = platform.bean(ConsultationService.class);
    private Actor admin;
    private Actor resident;
    private long council;

    @BeforeEach
    void councilWithAdminAndResident() {
        council = new TestCouncils(platform).create().id();
        Account account = new TestAccounts(platform).create("Admin");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, account.id(), council, CouncilRole.COUNCIL_ADMIN));
        admin = TestAccounts.actor(account);
        resident = TestAccounts.actor(new TestAccounts(platform).create("Habitante"));
    }

    private Consultation consultation(LocalDate start, LocalDate end) {
        return consultations.open(
                admin,
                council,
                new ConsultationForm(
                        "Diagnostic territorial",
                        "Quels sont vos besoins de santé ?",
                        null,
                        List.of(new ConsultationForm.PhaseDates(PhaseKind.CONTRIBUTIONS, start, end))));
    }

    private static String key(Throwable refusal) {
        return ((UserFacingException) refusal).messageKey();
    }

    @Test
    void a_resident_contributes_while_the_contributions_phase_is_open() {
        Consultation open =
                consultation(LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
        long theme = consultations.details(open.id()).themes().getFirst().id();

        Contribution saved = contributions.submit(
                resident,
                open.id(),
                new ContributionForm(
                        ContributionKind.NEED,
                        "Trouver un médecin traitant",
                        "Depuis le départ de mon médecin, aucun cabinet ne prend de nouveaux patients.",
                        Set.of(theme),
                        "91228"));

        assertThat(contributions.published(open.id()))
                .extracting(Contribution::id)
                .containsExactly(saved.id());
    }

    @Test
    void bad_contributions_are_refused_and_nothing_is_saved() {
        Consultation open =
                consultation(LocalDate.now().minusDays(1), LocalDate.now().plusDays(30));
        Consultation closed =
                consultation(LocalDate.now().minusDays(30), LocalDate.now().minusDays(1));
        ContributionForm good = new ContributionForm(ContributionKind.PROPOSAL, "Titre", "Texte", Set.of(), null);

        assertThatThrownBy(() -> contributions.submit(resident, closed.id(), good))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.phase.closed"));
        assertThatThrownBy(() -> contributions.submit(
                        resident,
                        open.id(),
                        new ContributionForm(ContributionKind.PROPOSAL, " ", "Texte", Set.of(), null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.title.required"));
        assertThatThrownBy(() -> contributions.submit(
                        resident,
                        open.id(),
                        new ContributionForm(ContributionKind.PROPOSAL, "Titre", "x".repeat(3001), Set.of(), null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.body.tooLong"));
        assertThatThrownBy(() -> contributions.submit(
                        resident,
                        open.id(),
                        new ContributionForm(ContributionKind.PROPOSAL, "Titre", "Texte", Set.of(-1L), null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.theme.unknown"));
        assertThatThrownBy(() -> contributions.submit(Actor.ANONYMOUS, open.id(), good))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(contributions.published(open.id())).isEmpty();
        assertThat(contributions.published(closed.id())).isEmpty();
    }

    @Test
    void a_consultation_needs_a_contributions_phase_with_sane_dates() {
        assertThatThrownBy(() -> consultations.open(admin, council, new ConsultationForm("T", "Q", null, List.of())))
                .satisfies(e -> assertThat(key(e)).isEqualTo("consultation.phase.contributionsRequired"));
        assertThatThrownBy(() -> consultations.open(
                        admin,
                        council,
                        new ConsultationForm(
                                "T",
                                "Q",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now(),
                                        LocalDate.now().minusDays(1))))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("consultation.phase.dates"));
        assertThatThrownBy(() -> consultations.open(
                        resident,
                        council,
                        new ConsultationForm(
                                "T",
                                "Q",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS, LocalDate.now(), LocalDate.now())))))
                .isInstanceOf(AccessDeniedException.class);
    }
}
