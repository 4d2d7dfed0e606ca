package fr.convergences.territory.council;

import fr.convergences.base.demo.DemoData;
import fr.convergences.identity.Account;
import fr.convergences.identity.AccountRepository;
import fr.convergences.identity.AccountStatus;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.PasswordHasher;
import fr.convergences.territory.Council;
import fr.convergences.territory.CouncilRepository;
import fr.convergences.territory.organisation.Membership;
import fr.convergences.territory.organisation.MembershipRepository;
import fr.convergences.territory.organisation.Organisation;
import fr.convergences.territory.organisation.OrganisationKind;
import fr.convergences.territory.organisation.OrganisationRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The demo council's people: its five colleges, about thirty mandates (titulars and substitutes),
 * two organisations, and one account per role so that a newcomer can try each (see the README).
 */
@Singleton
public class CouncilDemoData implements DemoData {

    static final String DOMAIN = "@demo.convergences.fr";
    private static final List<String> FIRST_NAMES = List.of(
            "Camille",
            "Dominique",
            "Claude",
            "Alix",
            "Sacha",
            "Morgane",
            "Yanis",
            "Inès",
            "Hugo",
            "Léa",
            "Karim",
            "Sophie",
            "Mamadou",
            "Chloé",
            "Thomas",
            "Aïcha",
            "Julien",
            "Nadia",
            "Pierre",
            "Fatou");
    private static final List<String> LAST_NAMES = List.of(
            "Martin",
            "Bernard",
            "Diallo",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Nguyen",
            "Lefèvre",
            "Garcia",
            "Benali",
            "Roux",
            "Fournier",
            "Traoré",
            "Girard",
            "Mercier",
            "Lambert",
            "Haddad");

    private final CouncilRepository councils;
    private final CollegeRepository colleges;
    private final MandateRepository mandates;
    private final AccountRepository accounts;
    private final CouncilRoleRepository roles;
    private final OrganisationRepository organisations;
    private final MembershipRepository memberships;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final String password;

    public CouncilDemoData(
            CouncilRepository councils,
            CollegeRepository colleges,
            MandateRepository mandates,
            AccountRepository accounts,
            CouncilRoleRepository roles,
            OrganisationRepository organisations,
            MembershipRepository memberships,
            PasswordHasher hasher,
            Clock clock,
            @Value("${convergences.demo.password:Demo-Convergences-2026}") String password) {
        this.councils = councils;
        this.colleges = colleges;
        this.mandates = mandates;
        this.accounts = accounts;
        this.roles = roles;
        this.organisations = organisations;
        this.memberships = memberships;
        this.hasher = hasher;
        this.clock = clock;
        this.password = password;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    @Transactional
    public void load() {
        Council council = councils.findBySlug("cts-essonne").orElseThrow();
        if (!colleges.findByCouncilIdOrderByPosition(council.storedId()).isEmpty()) {
            return; // loaded by an earlier start
        }
        String hash = hasher.hash(password);
        account("plateforme", "Administration de la plateforme", hash, true);
        Account admin = account("admin", "Secrétariat du CTS", hash, false);
        grant(admin, council, CouncilRole.COUNCIL_ADMIN);
        grant(account("moderation", "Modération du CTS", hash, false), council, CouncilRole.MODERATOR);
        grant(
                account("debats", "Association Santé Solidaire (débats)", hash, false),
                council,
                CouncilRole.DEBATE_ORGANISER);
        account("habitant", "Habitant d’Évry", hash, false);
        Account member = account("membre", "Nadia Haddad", hash, false);
        seatColleges(council, member, hash);
        organisations(member);
    }

    private void seatColleges(Council council, Account member, String hash) {
        LocalDate start = LocalDate.of(2024, 1, 15);
        LocalDate end = start.plusYears(MandateForm.USUAL_YEARS);
        int person = 0;
        for (CollegeService.Template template : CollegeService.CTS_DEFAULTS) {
            College college = colleges.save(new College(
                    null,
                    council.storedId(),
                    template.name(),
                    template.description(),
                    template.seats(),
                    template.position()));
            // Fill most seats, so that the composition page shows both titulars and vacancies.
            int titulars = Math.max(1, Math.min(template.seats() - 1, 6));
            for (int seat = 1; seat <= titulars; seat++) {
                boolean isMember = template.position() == 2 && seat == 1;
                Account holder = isMember ? member : account("membre" + (++person), name(person), hash, false);
                boolean votes = template.position() != 5; // qualified persons advise without a vote here
                Mandate titular = mandates.save(new Mandate(
                        null,
                        council.storedId(),
                        college.storedId(),
                        MandateKind.TITULAR,
                        seat,
                        null,
                        Objects.requireNonNull(holder.displayName(), "demo accounts have a name"),
                        holder.email(),
                        holder.id(),
                        start,
                        end,
                        "Arrêté ARS IDF n° DOS-2024-015",
                        votes,
                        MandateStatus.ACTIVE,
                        null,
                        null,
                        null));
                if (seat <= 3) {
                    Account substitute = account("membre" + (++person), name(person), hash, false);
                    mandates.save(new Mandate(
                            null,
                            council.storedId(),
                            college.storedId(),
                            MandateKind.SUBSTITUTE,
                            null,
                            titular.storedId(),
                            Objects.requireNonNull(substitute.displayName(), "demo accounts have a name"),
                            substitute.email(),
                            substitute.id(),
                            start,
                            end,
                            "Arrêté ARS IDF n° DOS-2024-015",
                            votes,
                            MandateStatus.ACTIVE,
                            null,
                            null,
                            null));
                }
            }
        }
    }

    private void organisations(Account member) {
        Organisation users = organisations.save(new Organisation(
                null,
                "France Assos Santé Essonne",
                OrganisationKind.ASSOCIATION,
                true,
                "IDF-AG-2022-031",
                null,
                true,
                clock.instant()));
        memberships.save(new Membership(
                null,
                users.storedId(),
                member.storedId(),
                true,
                Membership.MembershipStatus.APPROVED,
                clock.instant(),
                clock.instant(),
                member.storedId()));
        organisations.save(new Organisation(
                null, "CPTS Cœur d’Essonne", OrganisationKind.CPTS, false, null, null, true, clock.instant()));
    }

    private Account account(String login, String displayName, String hash, boolean platformAdmin) {
        String email = login + DOMAIN;
        return accounts.findByEmailIgnoringCase(email)
                .orElseGet(() -> accounts.save(new Account(
                        null,
                        email,
                        displayName,
                        hash,
                        AccountStatus.ACTIVE,
                        "fr",
                        "91228",
                        null,
                        platformAdmin,
                        clock.instant(),
                        clock.instant(),
                        null,
                        null)));
    }

    private void grant(Account account, Council council, CouncilRole role) {
        if (!roles.existsByAccountIdAndCouncilIdAndRole(account.storedId(), council.storedId(), role)) {
            roles.save(new CouncilRoleGrant(null, account.storedId(), council.storedId(), role));
        }
    }

    private static String name(int index) {
        return FIRST_NAMES.get(index % FIRST_NAMES.size()) + " " + LAST_NAMES.get((index * 7) % LAST_NAMES.size());
    }
}
