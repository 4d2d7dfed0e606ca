package fr.convergences.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.base.i18n.Messages;
import fr.convergences.testing.TestCouncils;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The public list of consultations is bounded: with one more consultation than the limit, the limit newest are listed and
 * the rest counted; a council's open-data list reads that council's consultations only.
 */
class ConsultationListLimitIT {

    private static final int LIMIT = ConsultationService.PublicList.LIMIT;

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void one_more_consultation_than_the_limit_lists_the_limit_newest_and_counts_the_rest() {
        long council = new TestCouncils(platform).create().id();
        ConsultationRepository repository = platform.bean(ConsultationRepository.class);
        // Dated a century ahead so that they are the newest, whatever other test classes sharing the platform created.
        Instant future = Instant.now().plus(Duration.ofDays(36_500));
        List<Consultation> created = new ArrayList<>();
        for (int i = 0; i <= LIMIT; i++) {
            created.add(
                    repository.save(new Consultation(null, council, "Liste " + i, "Q ?", null, future.plusSeconds(i))));
        }
        try {
            long total = ((Number) new TestSql(platform)
                            .column("SELECT count(*) FROM consultation")
                            .getFirst())
                    .longValue();

            ConsultationService.PublicList list =
                    platform.bean(ConsultationService.class).publicList();

            assertThat(list.newest()).hasSize(LIMIT);
            assertThat(list.newest().getFirst().title()).isEqualTo("Liste " + LIMIT);
            assertThat(list.newest()).extracting(Consultation::title).doesNotContain("Liste 0");
            assertThat(list.rest()).isEqualTo(total - LIMIT).isPositive();

            List<Consultation> ofCouncil =
                    platform.bean(ConsultationService.class).ofCouncil(council);
            assertThat(ofCouncil).hasSize(LIMIT + 1).allMatch(consultation -> consultation.councilId() == council);
            assertThat(ofCouncil.getFirst().title()).isEqualTo("Liste " + LIMIT);
        } finally {
            // Future-dated consultations would push other test classes' consultations off the shared platform's list.
            repository.deleteAll(created);
        }
    }

    @Test
    void the_rest_is_said_in_words_in_french_and_english() {
        assertThat(Messages.format("consultation.list.rest", Locale.FRENCH, 1L))
                .startsWith("1 consultation plus ancienne n’est pas affichée ici\u00a0;");
        assertThat(Messages.format("consultation.list.rest", Locale.FRENCH, 2L))
                .startsWith("2 consultations plus anciennes ne sont pas affichées");
        assertThat(Messages.format("consultation.list.rest", Locale.ENGLISH, 1L))
                .startsWith("1 older consultation is not shown here; it remains on its council's page");
    }
}
