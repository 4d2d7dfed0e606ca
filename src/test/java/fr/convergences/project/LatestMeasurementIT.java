package fr.convergences.project;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.identity.Actor;
import fr.convergences.motion.model.MotionKind;
import fr.convergences.project.measurement.MeasurementImportService;
import fr.convergences.testing.TestPlatform;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The dashboards' values by commune come from project_measurement_latest, which the database keeps as measurements are
 * written by hand or imported: each commune shows its own latest value, an older measurement entered later does not
 * replace it, a corrected value shows; and an action's page draws only that action's indicators.
 */
class LatestMeasurementIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final IndicatorService indicators = platform.bean(IndicatorService.class);

    @Test
    void each_commune_shows_its_own_latest_value_whoever_wrote_it_and_an_action_shows_its_own_indicators()
            throws IOException {
        ProjectFixture fixture = new ProjectFixture(platform);
        ProjectService projects = platform.bean(ProjectService.class);
        HealthProject project = projects.open(fixture.admin, fixture.councilId(), "Projet mesuré", "Résumé.");
        Axis axis = projects.addAxis(fixture.admin, project.id(), "Axe", "");
        ActionService actions = platform.bean(ActionService.class);
        ProjectAction action = actions.create(
                fixture.admin,
                axis.id(),
                new ActionForm(
                        "Consultations du soir",
                        "Le soir.",
                        fixture.owner.id(),
                        Set.of(),
                        Set.of(),
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2027, 6, 30),
                        null));
        Indicator ofAction =
                indicators.define(fixture.admin, project.id(), form(action.id(), "Patients sans médecin traitant"));
        Indicator ofProjet = indicators.define(fixture.admin, project.id(), form(null, "Passages aux urgences"));
        projects.adopt(fixture.admin, project.id(), fixture.adoptedMotion(MotionKind.DELIBERATION));
        projects.publish(fixture.admin, project.id());
        String evry = fixture.commune.inseeCode();
        String etampes = fixture.otherCommune.inseeCode();

        record(fixture, ofAction, LocalDate.of(2025, 6, 30), "30", evry);
        record(fixture, ofAction, LocalDate.of(2024, 6, 30), "35", etampes);
        record(fixture, ofAction, LocalDate.of(2024, 6, 30), "33", evry); // older than Évry's latest, entered after it
        record(fixture, ofAction, LocalDate.of(2025, 6, 30), "12.5", null);
        record(fixture, ofProjet, LocalDate.of(2025, 6, 30), "40", evry);
        assertThat(byCommune(indicators.dashboard(Actor.ANONYMOUS, fixture.council.council.slug()), ofAction))
                .containsExactlyInAnyOrder(evry + " 2025-06-30 30", etampes + " 2024-06-30 35");

        // A corrected file rewrites Évry's latest value in place, and brings Étampes a newer one.
        Path file = Files.createTempFile(TestPlatform.buildDirectory(), "mesures-", ".csv");
        try {
            Files.writeString(
                    file,
                    "indicateur_id,date,commune_insee,valeur\n" + ofAction.id() + ",2025-06-30," + evry + ",29\n"
                            + ofAction.id() + ",2023-06-30," + etampes + ",37\n" + ofAction.id() + ",2025-12-31,"
                            + etampes + ",31\n",
                    StandardCharsets.UTF_8);
            platform.bean(MeasurementImportService.class)
                    .commit(fixture.admin, fixture.council.council.slug(), file, "corrige.csv", "SNDS");
        } finally {
            Files.deleteIfExists(file);
        }

        Dashboard ofTheAction = indicators.actionDashboard(Actor.ANONYMOUS, action.id());
        assertThat(ofTheAction.indicators())
                .extracting(entry -> entry.indicator().id())
                .containsExactly(ofAction.id());
        assertThat(byCommune(ofTheAction, ofAction))
                .containsExactlyInAnyOrder(evry + " 2025-06-30 29", etampes + " 2025-12-31 31");
        assertThat(ofTheAction.indicators().getFirst().territorySeries())
                .extracting(m -> m.value().stripTrailingZeros().toPlainString())
                .containsExactly("12.5");
        assertThat(byCommune(indicators.dashboard(Actor.ANONYMOUS, fixture.council.council.slug()), ofProjet))
                .containsExactly(evry + " 2025-06-30 40");
    }

    private void record(ProjectFixture fixture, Indicator indicator, LocalDate day, String value, String commune) {
        indicators.recordMeasurement(
                fixture.admin, indicator.id(), new MeasurementForm(day, new BigDecimal(value), commune, "SNDS"));
    }

    private static List<String> byCommune(Dashboard dashboard, Indicator indicator) {
        return dashboard.indicators().stream()
                .filter(entry -> entry.indicator().id().equals(indicator.id()))
                .findFirst()
                .orElseThrow()
                .measurements()
                .stream()
                .filter(m -> m.inseeCode() != null)
                .map(m -> m.inseeCode() + " " + m.measuredOn() + " "
                        + m.value().stripTrailingZeros().toPlainString())
                .toList();
    }

    private static IndicatorForm form(Long actionId, String name) {
        return new IndicatorForm(
                actionId,
                name,
                "Part des habitants.",
                "%",
                "SNDS",
                new BigDecimal("14.5"),
                LocalDate.of(2023, 12, 31),
                new BigDecimal("10"),
                LocalDate.of(2028, 12, 31),
                Frequency.YEARLY,
                Direction.LOWER_IS_BETTER,
                "ARS");
    }
}
