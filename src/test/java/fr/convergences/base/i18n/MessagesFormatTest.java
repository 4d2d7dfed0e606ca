package fr.convergences.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The errors the French-reading review found, each formatted through the real bundles and ICU4J. */
class MessagesFormatTest {

    private static final Locale FR = Locale.FRENCH;
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void french_counts_zero_and_one_in_the_singular_and_english_only_one() {
        assertThat(Messages.format("debate.page.seats.value", FR, 1, 1, 1))
                .isEqualTo("1 place, 1 encore libre, 1 personne en liste d’attente");
        assertThat(Messages.format("territory.admin.communes.done", FR, 2, 0))
                .isEqualTo("2 communes enregistrées, 0 ligne refusée.");
        assertThat(Messages.format("territory.composition.seats", FR, 3, 2, 1))
                .isEqualTo("3 sièges\u00a0: 2 occupés, 1 vacant");
        assertThat(Messages.format("convergence.figures", FR, 2, 1, 1, 3)).contains("1 collège ·");
        assertThat(Messages.format("territory.admin.communes.done", EN, 1, 0))
                .isEqualTo("1 commune saved, 0 lines refused.");
    }

    @Test
    void french_numbers_use_a_decimal_comma_and_a_narrow_space_between_thousands() {
        assertThat(Messages.format("convergence.cohesion", FR, 0.37)).isEqualTo("Cohésion\u00a0: 0,37");
        assertThat(Messages.format("convergence.cohesion", EN, 0.37)).isEqualTo("Cohesion: 0.37");
        assertThat(Messages.format("search.results.count", FR, 12_345)).isEqualTo("12\u202f345 résultats");
    }

    @Test
    void the_first_of_the_month_is_written_1er_and_other_days_plainly() {
        assertThat(Messages.day(LocalDate.of(2027, 2, 1), FR)).isEqualTo("1er février 2027");
        assertThat(Messages.day(LocalDate.of(2027, 2, 14), FR)).isEqualTo("14 février 2027");
        assertThat(Messages.day(LocalDate.of(2027, 2, 1), EN)).isEqualTo("February 1, 2027");
        assertThat(Messages.format(
                        "consultation.phase.period",
                        FR,
                        Messages.day(LocalDate.of(2027, 2, 1), FR),
                        Messages.day(LocalDate.of(2027, 3, 31), FR)))
                .isEqualTo("du 1er février 2027 au 31 mars 2027");
    }

    @Test
    void a_moment_names_its_time_zone_in_words() {
        ZonedDateTime paris = ZonedDateTime.of(2027, 2, 1, 18, 30, 0, 0, ZoneId.of("Europe/Paris"));
        assertThat(Messages.moment(paris, FR)).isEqualTo("1er février 2027 à 18:30 (heure d’Europe centrale)");
        assertThat(Messages.moment(paris.withZoneSameInstant(ZoneId.of("Indian/Reunion")), FR))
                .isEqualTo("1er février 2027 à 21:30 (heure de La Réunion)");
        assertThat(Messages.zone(ZoneId.of("Europe/Paris"), EN)).isEqualTo("Central European Time");
        assertThat(Messages.format("motion.plan.opens", FR, Messages.zone(ZoneId.of("Europe/Paris"), FR)))
                .doesNotContain("Europe/Paris")
                .contains("heure d’Europe centrale");
    }

    @Test
    void a_moment_without_its_zone_hours_and_stamps_read_in_the_moments_own_time_zone_and_the_readers_conventions() {
        ZonedDateTime reunion = ZonedDateTime.of(2027, 2, 1, 18, 30, 5, 0, ZoneId.of("Indian/Reunion"));
        assertThat(Messages.dayAndTime(reunion, FR)).isEqualTo("1er février 2027 à 18:30");
        assertThat(Messages.dayAndTime(reunion, EN)).isEqualTo("February 1, 2027 at 6:30 PM");
        assertThat(Messages.dayAndTime(reunion.withZoneSameInstant(ZoneId.of("Europe/Paris")), FR))
                .isEqualTo("1er février 2027 à 15:30");
        assertThat(Messages.time(reunion, FR)).isEqualTo("18:30");
        assertThat(Messages.time(reunion, EN)).isEqualTo("6:30 PM");
        assertThat(Messages.stamp(reunion, FR)).isEqualTo("01/02/2027 18:30:05");
        assertThat(Messages.stamp(reunion, EN)).isEqualTo("2/1/2027, 6:30:05\u202FPM");
    }

    @Test
    void a_label_and_its_value_are_punctuated_in_each_language() {
        assertThat(Messages.format("label.value", FR, "Information", "du 1er février"))
                .isEqualTo("Information\u00a0: du 1er février");
        assertThat(Messages.format("label.value", EN, "Information", "from February 1"))
                .isEqualTo("Information: from February 1");
    }

    @Test
    void a_message_without_arguments_reads_its_apostrophes_as_text() {
        assertThat(Messages.format("contribution.filter.status", EN)).isEqualTo("Council's answer");
    }
}
