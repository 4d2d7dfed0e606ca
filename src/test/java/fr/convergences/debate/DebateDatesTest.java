package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class DebateDatesTest {

    private static final ZoneId REUNION = ZoneId.of("Indian/Reunion");
    private static final Instant START =
            ZonedDateTime.of(2027, 2, 1, 18, 30, 0, 0, REUNION).toInstant();
    private static final Instant END =
            ZonedDateTime.of(2027, 2, 1, 20, 0, 0, 0, REUNION).toInstant();

    @Test
    void french_writes_the_first_of_the_month_as_1er_with_the_weekday_and_the_hours_of_the_debates_territory() {
        assertThat(plain(DebateDates.when(START, END, REUNION, Messages.FRENCH)))
                .isEqualTo("lundi 1er février 2027, 18:30 – 20:00");
        assertThat(plain(DebateDates.day(START, REUNION, Messages.FRENCH))).isEqualTo("lundi 1er février 2027");
    }

    @Test
    void english_writes_its_own_order_and_twelve_hour_clock() {
        assertThat(plain(DebateDates.when(START, END, REUNION, Messages.ENGLISH)))
                .isEqualTo("Monday, February 1, 2027, 6:30 PM – 8:00 PM");
    }

    @Test
    void other_days_have_no_ordinal_and_the_hours_follow_the_territory_not_paris() {
        Instant later = ZonedDateTime.of(2027, 3, 12, 9, 0, 0, 0, REUNION).toInstant();
        assertThat(plain(DebateDates.when(later, later.plusSeconds(3600), REUNION, Messages.FRENCH)))
                .isEqualTo("vendredi 12 mars 2027, 09:00 – 10:00");
        assertThat(plain(DebateDates.when(later, later.plusSeconds(3600), ZoneId.of("Europe/Paris"), Messages.FRENCH)))
                .isEqualTo("vendredi 12 mars 2027, 06:00 – 07:00");
    }

    /** ICU may put a narrow no-break space before "PM". */
    private static String plain(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
