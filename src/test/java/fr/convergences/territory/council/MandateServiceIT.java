package fr.convergences.territory.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.Account;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.CouncilRoleGrant;
import fr.convergences.identity.CouncilRoleRepository;
import fr.convergences.identity.Permissions;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MandateServiceIT {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final LocalDate END = START.plusYears(5);

    private final TestPlatform platform = TestPlatform.shared();
    private final MandateService mandates = platform.bean(MandateService.class);
    private final TestSql sql = new TestSql(platform);
    private long council;
    private Actor admin;
    private College college;

    @BeforeEach
    void councilWithOneSmallCollege() {
        council = new TestCouncils(platform).create().id();
        Account account = new TestAccounts(platform).create("Admin");
        platform.bean(CouncilRoleRepository.class)
                .save(new CouncilRoleGrant(null, account.id(), council, CouncilRole.COUNCIL_ADMIN));
        admin = TestAccounts.actor(account);
        college = platform.bean(CollegeService.class).create(admin, council, "Usagers", null, 2);
    }

    private MandateForm titular(String name) {
        return new MandateForm(college.id(), MandateKind.TITULAR, null, name, null, START, END, "Arrêté 1", true);
    }

    private String snapshot() {
        return sql.column(
                                "SELECT md5(coalesce(string_agg(m::text, '|' ORDER BY m.id), '')) FROM mandate m WHERE council_id = ?",
                                council)
                        .getFirst()
                + "/" + sql.count("SELECT count(*) FROM audit_entry WHERE chain_key = ?", council);
    }

    private void assertRefused(MandateForm form, String key) {
        String before = snapshot();
        assertThatThrownBy(() -> mandates.appoint(admin, council, form))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo(key);
        assertThat(snapshot()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void appointments_fill_seats_and_are_audited() {
        Mandate first = mandates.appoint(admin, council, titular("Camille Martin"));
        Mandate second = mandates.appoint(admin, council, titular("Yanis Diallo"));

        assertThat(first.seat()).isEqualTo(1);
        assertThat(second.seat()).isEqualTo(2);
        assertThat(first.status()).isEqualTo(MandateStatus.INVITED);
        assertThat(sql.column("SELECT action FROM audit_entry WHERE chain_key = ? ORDER BY seq", council))
                .containsExactly("college.create", "mandate.appoint", "mandate.appoint");
    }

    @Test
    void bad_appointments_are_refused_and_save_nothing() {
        Mandate seated = mandates.appoint(admin, council, titular("Titulaire"));
        mandates.appoint(admin, council, titular("Second titulaire"));

        assertRefused(titular("Troisième"), "territory.mandate.college.full");
        assertRefused(
                new MandateForm(college.id(), MandateKind.TITULAR, null, "Dates", null, END, START, null, true),
                "territory.mandate.dates.invalid");
        assertRefused(
                new MandateForm(
                        college.id(), MandateKind.SUBSTITUTE, null, "Sans titulaire", null, START, END, null, true),
                "territory.mandate.substitute.noTitular");
        mandates.appoint(
                admin,
                council,
                new MandateForm(
                        college.id(), MandateKind.SUBSTITUTE, seated.id(), "Suppléante", null, START, END, null, true));
        assertRefused(
                new MandateForm(
                        college.id(),
                        MandateKind.SUBSTITUTE,
                        seated.id(),
                        "Seconde suppléante",
                        null,
                        START,
                        END,
                        null,
                        true),
                "territory.mandate.substitute.alreadyBacked");
        assertRefused(
                new MandateForm(college.id(), MandateKind.TITULAR, null, " ", null, START, END, null, true),
                "territory.mandate.name.invalid");
        assertRefused(
                new MandateForm(
                        college.id(), MandateKind.TITULAR, null, "Mail", "pas-une-adresse", START, END, null, true),
                "identity.email.invalid");
    }

    @Test
    void the_database_itself_refuses_two_titulars_in_one_seat() {
        mandates.appoint(admin, council, titular("Premier"));

        // Past the service, which refuses it first: the database's own constraint is what is tested.
        assertThatThrownBy(() -> sql.update("""
                INSERT INTO mandate (council_id, college_id, kind, seat, person_name, starts_on, ends_on, voting_right, status)
                VALUES (?, ?, 'TITULAR', 1, 'Intrus', ?, ?, true, 'ACTIVE')""", council, college.id(), START.plusYears(1), END))
                .rootCause()
                .hasMessageContaining("conflicting key value violates exclusion constraint");
    }

    @Test
    void an_invitation_links_the_seat_to_the_account_that_accepts_it_once() {
        String email = "nommee." + System.nanoTime() + "@example.org";
        Mandate mandate = mandates.appoint(
                admin,
                council,
                new MandateForm(
                        college.id(), MandateKind.TITULAR, null, "Inès Nguyen", email, START, END, "Arrêté 7", true));
        String link = platform.mailbox().latestLinkTo(email);
        String token = link.substring(link.indexOf("jeton=") + 6);
        Account person = new TestAccounts(platform).create("Inès");
        Permissions permissions = platform.bean(Permissions.class);
        assertThat(permissions.rolesIn(TestAccounts.actor(person), council)).doesNotContain(CouncilRole.MEMBER);

        Mandate accepted = mandates.accept(TestAccounts.actor(person), token);

        assertThat(accepted.id()).isEqualTo(mandate.id());
        assertThat(accepted.status()).isEqualTo(MandateStatus.ACTIVE);
        assertThat(accepted.accountId()).isEqualTo(person.id());
        assertThatThrownBy(() -> mandates.accept(TestAccounts.actor(new TestAccounts(platform).create("Autre")), token))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("territory.invitation.invalid");
        if (!START.isAfter(LocalDate.now()) && END.isAfter(LocalDate.now())) {
            assertThat(permissions.rolesIn(TestAccounts.actor(person), council)).contains(CouncilRole.MEMBER);
        }
    }

    @Test
    void ending_a_mandate_frees_its_seat_and_needs_a_reason() {
        Mandate mandate = mandates.appoint(admin, council, titular("Partante"));
        assertThatThrownBy(() -> mandates.end(admin, mandate.id(), START.plusYears(1), " "))
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("territory.mandate.end.reason");

        Mandate ended = mandates.end(admin, mandate.id(), START.plusYears(1), "Démission");

        assertThat(ended.status()).isEqualTo(MandateStatus.ENDED);
        assertThat(mandates.appoint(
                                admin,
                                council,
                                new MandateForm(
                                        college.id(),
                                        MandateKind.TITULAR,
                                        null,
                                        "Remplaçante",
                                        null,
                                        START.plusYears(1),
                                        END,
                                        null,
                                        true))
                        .seat())
                .isEqualTo(1);
    }
}
