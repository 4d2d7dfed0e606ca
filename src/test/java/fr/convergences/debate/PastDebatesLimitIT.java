package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.debate.calendar.DebateListingStore;
import fr.convergences.testing.TestPlatform;
import fr.convergences.testing.TestSql;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The list of past debates is paged: one more past debate than a page gives a full page and a second page of one. */
class PastDebatesLimitIT {

    /** {@code DebatesView.PAST_PAGE_SIZE} (package-private in debate.calendar): past debates shown per page. */
    private static final int PAGE_SIZE = 20;
    /**
     * The list is asked "as of" this instant so that only this test's debates, all over by then, are past: other test
     * classes sharing the platform create debates too, all of them after 1990.
     */
    private static final Instant AS_OF = Instant.parse("1991-01-01T00:00:00Z");

    private final TestPlatform platform = TestPlatform.shared();

    @Test
    void one_more_past_debate_than_a_page_gives_a_full_page_then_a_page_of_one_latest_first() {
        DebateFixtures fixtures = new DebateFixtures(platform);
        Debate first = fixtures.publicDebate(fixtures.consultation(), "Débat à venir", 20);
        // Copies of the published debate, a day apart, all over in 1990: PAGE_SIZE + 1 past debates.
        new TestSql(platform).update("""
                INSERT INTO debate (consultation_id, council_id, organiser_account_id, title, description, starts_at, ends_at, place,
                                    commune_insee, online_url, capacity, audience, status, created_at, approved_at, approved_by)
                SELECT consultation_id, council_id, organiser_account_id, 'Débat passé ' || g, description,
                       timestamptz '1990-01-01 18:00:00+00' + g * interval '1 day', timestamptz '1990-01-01 20:00:00+00' + g * interval '1 day',
                       place, commune_insee, online_url, capacity, audience, status, created_at, approved_at, approved_by
                FROM debate, generate_series(1, ?) g WHERE id = ?""", PAGE_SIZE + 1, first.id());
        DebateListingStore queries = platform.bean(DebateListingStore.class);

        DebateListingStore.PastPage one = queries.past(AS_OF, 1, PAGE_SIZE);
        DebateListingStore.PastPage two = queries.past(AS_OF, 2, PAGE_SIZE);

        assertThat(one.total()).isEqualTo(PAGE_SIZE + 1);
        assertThat(one.pages()).isEqualTo(2);
        assertThat(one.debates()).hasSize(PAGE_SIZE);
        assertThat(one.debates().getFirst().title()).isEqualTo("Débat passé " + (PAGE_SIZE + 1));
        assertThat(one.debates())
                .extracting(DebateListingStore.PastDebate::title)
                .doesNotContain("Débat passé 1", "Débat à venir");
        assertThat(two.page()).isEqualTo(2);
        assertThat(two.debates())
                .extracting(DebateListingStore.PastDebate::title)
                .containsExactly("Débat passé 1");
        // A page past the last (a link kept from when there were more) gives the last one, not an empty or unbounded
        // list.
        assertThat(queries.past(AS_OF, 3, PAGE_SIZE).debates())
                .extracting(DebateListingStore.PastDebate::title)
                .containsExactly("Débat passé 1");
    }
}
