package fr.convergences.convergence;

import fr.convergences.consultation.ConsultationForm;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.ContributionForm;
import fr.convergences.contribution.ContributionKind;
import fr.convergences.contribution.ContributionService;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A consultation with two needs each voiced several times by different residents (real paraphrases), a need voiced
 * only by one person twice, and unrelated contributions: what a convergence test needs.
 */
public final class ConvergenceFixture {

    static final List<String> DOCTORS = List.of(
            "Il faut plus de médecins généralistes dans les déserts médicaux",
            "Il faut davantage de médecins généralistes dans les déserts médicaux ruraux",
            "Plus de médecins généralistes pour en finir avec les déserts médicaux",
            "Il faut installer des médecins généralistes dans les déserts médicaux de l’Essonne");
    static final List<String> ELDERLY = List.of(
            "Il faut plus de personnel soignant dans les EHPAD pour nos personnes âgées",
            "Il faut davantage de soignants dans les EHPAD auprès des personnes âgées",
            "Recruter du personnel soignant en EHPAD pour mieux s’occuper des personnes âgées");
    static final List<String> NOISE = List.of(
            "Il faut des pistes cyclables entre les villages",
            "Il faut taxer le kérosène des avions",
            "Il faut enseigner la musique à l’école primaire",
            "Il faut rouvrir la ligne de train vers Dourdan le dimanche");

    public final Actor admin;
    public final Actor moderator;
    public final long council;
    public final long consultation;
    public final List<Long> doctors = new ArrayList<>();
    /** The residents who wrote {@link #doctors}, in the same order (to withdraw one). */
    public final List<Actor> doctorAuthors = new ArrayList<>();

    public final List<Long> elderly = new ArrayList<>();

    public ConvergenceFixture(TestPlatform platform, long council) {
        this.council = council;
        TestAccounts accounts = new TestAccounts(platform);
        Account adminAccount = accounts.create("Admin");
        Account moderatorAccount = accounts.create("Modératrice");
        CouncilRoleRepository roles = platform.bean(CouncilRoleRepository.class);
        roles.save(new CouncilRoleGrant(null, adminAccount.id(), council, CouncilRole.COUNCIL_ADMIN));
        roles.save(new CouncilRoleGrant(null, moderatorAccount.id(), council, CouncilRole.MODERATOR));
        admin = TestAccounts.actor(adminAccount);
        moderator = TestAccounts.actor(moderatorAccount);
        ConsultationService consultations = platform.bean(ConsultationService.class);
        consultation = consultations
                .open(
                        admin,
                        council,
                        new ConsultationForm(
                                "Convergences " + council,
                                "Vos besoins ?",
                                null,
                                List.of(new ConsultationForm.PhaseDates(
                                        PhaseKind.CONTRIBUTIONS,
                                        LocalDate.now().minusDays(1),
                                        LocalDate.now().plusDays(30)))))
                .id();
        long theme = consultations.details(consultation).themes().get(1).id();
        ContributionService contributions = platform.bean(ContributionService.class);
        String[] communes = {"91228", "91377", "91174", "91200"};
        for (int i = 0; i < DOCTORS.size(); i++) {
            doctorAuthors.add(TestAccounts.actor(accounts.create("Habitant " + i)));
            doctors.add(contributions
                    .submit(
                            doctorAuthors.getLast(),
                            consultation,
                            new ContributionForm(
                                    ContributionKind.NEED, DOCTORS.get(i), DOCTORS.get(i), Set.of(theme), communes[i]))
                    .id());
        }
        for (int i = 0; i < ELDERLY.size(); i++) {
            elderly.add(contributions
                    .submit(
                            TestAccounts.actor(accounts.create("Aidante " + i)),
                            consultation,
                            new ContributionForm(
                                    ContributionKind.PROPOSAL, ELDERLY.get(i), ELDERLY.get(i), Set.of(), null))
                    .id());
        }
        for (String text : NOISE) {
            contributions.submit(
                    TestAccounts.actor(accounts.create("Autre")),
                    consultation,
                    new ContributionForm(ContributionKind.PROPOSAL, text, text, Set.of(), null));
        }
    }
}
