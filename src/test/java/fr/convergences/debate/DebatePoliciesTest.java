package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.convergences.base.UserFacingException;
import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import fr.convergences.contribution.mediation.AgeBand;
import fr.convergences.debate.outcome.AttendancePolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DebatePoliciesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static ConsultationDetails consultation(Phase... phases) {
        return new ConsultationDetails(
                new Consultation(1L, 1L, "C", "Q ?", null, Instant.now()),
                List.of(phases),
                List.of(),
                Map.of(),
                ZoneId.of("Europe/Paris"),
                "Conseil");
    }

    private static Phase phase(PhaseKind kind, LocalDate start, LocalDate end) {
        return new Phase(null, 1L, kind, start, end);
    }

    @Test
    void debates_are_taken_until_the_debates_phase_is_over() {
        assertThat(DebatePhasePolicy.acceptsNewDebates(
                        consultation(phase(PhaseKind.DEBATES, TODAY.plusDays(3), TODAY.plusDays(10))), TODAY))
                .as("before the phase: organisers prepare their debates")
                .isTrue();
        assertThat(DebatePhasePolicy.acceptsNewDebates(
                        consultation(phase(PhaseKind.DEBATES, TODAY.minusDays(9), TODAY)), TODAY))
                .isTrue();
        assertThat(DebatePhasePolicy.acceptsNewDebates(
                        consultation(
                                phase(PhaseKind.DEBATES, TODAY.minusDays(9), TODAY.minusDays(1)),
                                phase(PhaseKind.CONTRIBUTIONS, TODAY.minusDays(9), TODAY.plusDays(9))),
                        TODAY))
                .as("the debates phase decides")
                .isFalse();
    }

    @Test
    void without_a_debates_phase_the_contributions_phase_decides_and_without_either_no_debate() {
        assertThat(DebatePhasePolicy.acceptsNewDebates(
                        consultation(phase(PhaseKind.CONTRIBUTIONS, TODAY.minusDays(9), TODAY.plusDays(1))), TODAY))
                .isTrue();
        assertThat(DebatePhasePolicy.acceptsNewDebates(
                        consultation(phase(PhaseKind.CONTRIBUTIONS, TODAY.minusDays(9), TODAY.minusDays(1))), TODAY))
                .isFalse();
        assertThat(DebatePhasePolicy.acceptsNewDebates(
                        consultation(phase(PhaseKind.SYNTHESIS, TODAY, TODAY.plusDays(9))), TODAY))
                .isFalse();
    }

    @Test
    void a_newcomer_gets_a_seat_until_the_capacity_is_reached_then_waits() {
        assertThat(PlacePolicy.placeFor(2, 1)).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(PlacePolicy.placeFor(2, 2)).isEqualTo(RegistrationStatus.WAITING);
        assertThat(PlacePolicy.promotable(5, 3, 4)).isEqualTo(2);
        assertThat(PlacePolicy.promotable(5, 5, 4)).isZero();
        assertThat(PlacePolicy.promotable(5, 6, 4))
                .as("after a capacity cut, nobody is promoted")
                .isZero();
    }

    @Test
    void attendance_breakdowns_never_count_more_people_than_came() {
        assertThatCode(() -> AttendancePolicy.check(
                        new Attendance(10, Map.of(AgeBand.FROM_75, 4), Map.of(AttendeeProfile.RESIDENT, 10))))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> AttendancePolicy.check(
                        new Attendance(3, Map.of(), Map.of(AttendeeProfile.RESIDENT, 2, AttendeeProfile.OTHER, 2))))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> AttendancePolicy.check(new Attendance(-1, Map.of(), Map.of())))
                .isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> AttendancePolicy.check(new Attendance(3, Map.of(AgeBand.UNDER_18, -1), Map.of())))
                .isInstanceOf(UserFacingException.class);
    }
}
