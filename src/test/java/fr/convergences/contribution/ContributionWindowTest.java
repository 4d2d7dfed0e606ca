package fr.convergences.contribution;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.consultation.Consultation;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.Phase;
import fr.convergences.consultation.PhaseKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionWindowTest {

    private static final LocalDate MAY_1 = LocalDate.of(2027, 5, 1);

    private static ConsultationDetails consultation(Phase... phases) {
        return new ConsultationDetails(
                new Consultation(1L, 1L, "T", "Q", null, Instant.now()),
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
    void online_contributions_are_accepted_only_while_the_contributions_phase_is_open() {
        ConsultationDetails details = consultation(
                phase(PhaseKind.CONTRIBUTIONS, MAY_1, MAY_1.plusDays(30)),
                phase(PhaseKind.SYNTHESIS, MAY_1.plusDays(31), MAY_1.plusDays(60)));
        assertThat(ContributionWindow.accepts(details, ContributionOrigin.ONLINE, MAY_1))
                .isTrue();
        assertThat(ContributionWindow.accepts(details, ContributionOrigin.ONLINE, MAY_1.plusDays(30)))
                .isTrue();
        assertThat(ContributionWindow.accepts(details, ContributionOrigin.ONLINE, MAY_1.plusDays(31)))
                .isFalse();
        assertThat(ContributionWindow.accepts(details, ContributionOrigin.ONLINE, MAY_1.minusDays(1)))
                .isFalse();
    }

    @Test
    void offline_contributions_are_accepted_until_the_synthesis_ends() {
        ConsultationDetails details = consultation(
                phase(PhaseKind.CONTRIBUTIONS, MAY_1, MAY_1.plusDays(30)),
                phase(PhaseKind.SYNTHESIS, MAY_1.plusDays(31), MAY_1.plusDays(60)));
        for (ContributionOrigin origin : List.of(
                ContributionOrigin.MEDIATED,
                ContributionOrigin.DEBATE,
                ContributionOrigin.PAPER,
                ContributionOrigin.IMPORTED)) {
            assertThat(ContributionWindow.accepts(details, origin, MAY_1.plusDays(60)))
                    .as(origin.name())
                    .isTrue();
            assertThat(ContributionWindow.accepts(details, origin, MAY_1.plusDays(61)))
                    .as(origin.name())
                    .isFalse();
        }
    }

    @Test
    void debates_held_before_the_contributions_phase_open_the_window_for_what_they_collect() {
        ConsultationDetails details = consultation(
                phase(PhaseKind.DEBATES, MAY_1.minusDays(10), MAY_1.plusDays(40)),
                phase(PhaseKind.CONTRIBUTIONS, MAY_1, MAY_1.plusDays(30)));
        assertThat(ContributionWindow.accepts(details, ContributionOrigin.DEBATE, MAY_1.minusDays(10)))
                .isTrue();
        assertThat(ContributionWindow.accepts(details, ContributionOrigin.DEBATE, MAY_1.plusDays(40)))
                .as("no synthesis: the later end")
                .isTrue();
        assertThat(ContributionWindow.accepts(details, ContributionOrigin.DEBATE, MAY_1.plusDays(41)))
                .isFalse();
    }
}
