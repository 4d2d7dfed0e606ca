package fr.convergences.territory.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.CouncilRole;
import fr.convergences.identity.role.CouncilRoleService;
import fr.convergences.motion.VotingFixture;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explicit president and vice-president seats, and the list of the council's officers, against the real database. */
class CouncilOfficesIT {

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void
            the_presidency_and_vice_presidency_are_replaced_only_by_naming_their_holder_and_the_officers_show_their_mandate_end() {
        VotingFixture council = new VotingFixture(platform, 3, 0);
        BureauService bureau = platform.bean(BureauService.class);
        long councilId = council.council.id();
        Mandate first = council.titulars.get(0).mandate();
        Mandate second = council.titulars.get(1).mandate();
        Mandate third = council.titulars.get(2).mandate();

        bureau.assign(council.admin, councilId, first.id(), BureauPosition.PRESIDENT);
        bureau.assign(council.admin, councilId, second.id(), BureauPosition.VICE_PRESIDENT);
        assertThatThrownBy(() -> bureau.assign(council.admin, councilId, third.id(), BureauPosition.VICE_PRESIDENT))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey())
                .isEqualTo("territory.bureau.seatTaken");
        assertThatThrownBy(() ->
                        bureau.assign(council.admin, councilId, third.id(), BureauPosition.PRESIDENT, second.id()))
                .as("a confirmation naming someone else replaces nobody")
                .isInstanceOf(UserFacingException.class);
        assertThat(bureau.holder(councilId, BureauPosition.PRESIDENT))
                .map(BureauService.Holder::personName)
                .contains(first.personName());

        bureau.assign(council.admin, councilId, third.id(), BureauPosition.PRESIDENT, first.id());
        assertThat(bureau.holder(councilId, BureauPosition.PRESIDENT))
                .map(BureauService.Holder::mandateId)
                .contains(third.id());
        assertThat(bureau.bureau(councilId))
                .extracting(BureauSeat::mandateId)
                .as("the replaced president leaves the bureau")
                .containsExactlyInAnyOrder(second.id(), third.id());
        assertThat(new TestSql(platform)
                        .column(
                                "SELECT action FROM audit_entry WHERE council_id = ? AND action LIKE 'bureau.%' ORDER BY seq",
                                councilId))
                .containsExactly("bureau.assign", "bureau.assign", "bureau.remove", "bureau.assign");

        var moderator = new TestAccounts(platform).create("Modératrice sans mandat");
        platform.bean(CouncilRoleService.class).grant(council.admin, councilId, moderator.id(), CouncilRole.MODERATOR);
        List<CouncilOffices.Office> offices =
                platform.bean(CouncilOffices.class).offices(council.admin, councilId);
        assertThat(offices)
                .extracting(
                        CouncilOffices.Office::personName,
                        CouncilOffices.Office::position,
                        CouncilOffices.Office::mandateEnds)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple(
                                third.personName(), BureauPosition.PRESIDENT, third.endsOn()),
                        org.assertj.core.groups.Tuple.tuple(
                                second.personName(), BureauPosition.VICE_PRESIDENT, second.endsOn()));
        assertThat(offices)
                .filteredOn(office -> office.role() == CouncilRole.MODERATOR)
                .singleElement()
                .satisfies(office -> {
                    assertThat(office.personName()).isEqualTo("Modératrice sans mandat");
                    assertThat(office.mandateEnds()).isNull();
                });
        assertThat(offices)
                .filteredOn(office -> office.role() == CouncilRole.COUNCIL_ADMIN)
                .extracting(CouncilOffices.Office::personName)
                .containsExactly("Secrétariat");
        assertThatThrownBy(() -> platform.bean(CouncilOffices.class)
                        .offices(council.titulars.get(0).actor(), councilId))
                .isInstanceOf(AccessDeniedException.class);
    }
}
