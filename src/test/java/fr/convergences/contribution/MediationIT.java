package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.mediation.AgeBand;
import fr.convergences.contribution.mediation.MediationForm;
import fr.convergences.contribution.mediation.MediationService;
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

/** Contributions collected offline by a volunteer, with the person's consent, accepted until the synthesis ends. */
class MediationIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final MediationService mediation = platform.bean(MediationService.class);
    private final ConsultationService consultations = platform.bean(ConsultationService.class);
    private Actor admin;
    private Actor volunteer;
    private long council;

    @BeforeEach
    void councilWithVolunteer() {
        council = new TestCouncils(platform).create().id();
        Account adminAccount = new TestAccounts(platform).create("Admin");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, adminAccount.id(), council, CouncilRole.COUNCIL_ADMIN));
        admin = TestAccounts.actor(adminAccount);
        Account organiser = new TestAccounts(platform).create("Bénévole du marché");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, organiser.id(), council, CouncilRole.DEBATE_ORGANISER));
        volunteer = TestAccounts.actor(organiser);
    }

    private long consultation(LocalDate contributionsEnd, LocalDate synthesisEnd) {
        return consultations
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                "Diagnostic",
                                "Vos besoins ?",
                                null,
                                List.of(
                                        new ConsultationForm.PhaseDates(
                                                PhaseKind.CONTRIBUTIONS,
                                                LocalDate.now().minusDays(30),
                                                contributionsEnd),
                                        new ConsultationForm.PhaseDates(
                                                PhaseKind.SYNTHESIS, contributionsEnd, synthesisEnd))))
                .id();
    }

    private static MediationForm collected(boolean consent, String place) {
        return new MediationForm(
                new ContributionForm(
                        ContributionKind.NEED,
                        "Pas de médecin",
                        "Je n’ai plus de médecin traitant depuis deux ans.",
                        Set.of(),
                        null),
                place,
                null,
                consent,
                "Mme D.",
                AgeBand.FROM_75);
    }

    private static String key(Throwable refusal) {
        return ((UserFacingException) refusal).messageKey();
    }

    @Test
    void a_volunteer_collects_a_contribution_shown_with_its_attribution_but_not_the_person_s_name() {
        long open = consultation(LocalDate.now().plusDays(10), LocalDate.now().plusDays(20));

        Contribution saved = mediation.collect(volunteer, open, collected(true, "Marché d’Évry"));

        assertThat(saved.origin()).isEqualTo(ContributionOrigin.MEDIATED);
        assertThat(saved.authorAccountId()).isNull();
        assertThat(mediation.attribution(saved.id())).hasValueSatisfying(attribution -> {
            assertThat(attribution.collector()).isEqualTo("Bénévole du marché");
            assertThat(attribution.place()).isEqualTo("Marché d’Évry");
        });
        assertThat(mediation.participant(admin, saved.id()))
                .hasValueSatisfying(
                        person -> assertThat(person.participantName()).isEqualTo("Mme D."));
        assertThat(mediation.participant(volunteer, saved.id()))
                .as("personal data: council admins only")
                .isEmpty();
        ContributionSummary listed = platform.bean(ContributionListStore.class)
                .browse(ContributionQuery.newest(open))
                .items()
                .getFirst();
        assertThat(listed.collectedBy()).isEqualTo("Bénévole du marché");
        assertThat(listed.collectedAt()).isEqualTo("Marché d’Évry");
    }

    @Test
    void without_consent_or_place_nothing_is_saved() {
        long open = consultation(LocalDate.now().plusDays(10), LocalDate.now().plusDays(20));

        assertThatThrownBy(() -> mediation.collect(volunteer, open, collected(false, "Marché")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.mediation.consentRequired"));
        assertThatThrownBy(() -> mediation.collect(volunteer, open, collected(true, " ")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.mediation.place.required"));
        assertThatThrownBy(() -> mediation.collect(
                        TestAccounts.actor(new TestAccounts(platform).create("Habitant")),
                        open,
                        collected(true, "Marché")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(new TestSql(platform).count("SELECT count(*) FROM contribution WHERE consultation_id = ?", open))
                .isZero();
    }

    @Test
    void offline_contributions_are_accepted_until_the_synthesis_ends_while_online_ones_are_not() {
        long inSynthesis =
                consultation(LocalDate.now().minusDays(1), LocalDate.now().plusDays(10));
        long over = consultation(LocalDate.now().minusDays(10), LocalDate.now().minusDays(1));
        Actor resident = TestAccounts.actor(new TestAccounts(platform).create("Habitante"));

        assertThat(mediation
                        .collect(volunteer, inSynthesis, collected(true, "Centre social"))
                        .id())
                .isPositive();
        assertThatThrownBy(() -> platform.bean(ContributionService.class)
                        .submit(
                                resident,
                                inSynthesis,
                                new ContributionForm(ContributionKind.NEED, "Trop tard", "En ligne", Set.of(), null)))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.phase.closed"));
        assertThatThrownBy(() -> mediation.collect(volunteer, over, collected(true, "Centre social")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("contribution.mediation.closed"));
    }
}
