package fr.convergences.debate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.convergences.debate.calendar.DebateListingStore;
import fr.convergences.debate.organiser.NextStep;
import fr.convergences.debate.organiser.OrganisedDebate;
import fr.convergences.debate.organiser.OrganiserSpace;
import fr.convergences.debate.outcome.DebateOutcomeService;
import fr.convergences.debate.registration.RegistrationService;
import fr.convergences.identity.Actor;
import fr.convergences.testing.TestAccounts;
import fr.convergences.testing.TestPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Past debates listed with their minutes, a page at a time, and the organisers' own space with counts and next steps. */
class DebateSpacesIT {

    private final TestPlatform platform = TestPlatform.shared();
    private final DebateService debates = platform.bean(DebateService.class);
    private final OrganiserSpace space = platform.bean(OrganiserSpace.class);
    private final DebateListingStore queries = platform.bean(DebateListingStore.class);

    @Test
    void an_organiser_finds_their_proposed_coming_and_past_debates_with_counts_and_what_is_left_to_do() {
        DebateFixtures fixtures = new DebateFixtures(platform);
        long consultation = fixtures.consultation();
        assertThat(space.of(fixtures.organiser).isEmpty()).isTrue();
        assertThat(space.whereToPropose(fixtures.organiser))
                .extracting(found -> found.id())
                .contains(consultation);
        assertThat(space.isOrganiser(fixtures.organiser)).isTrue();
        assertThat(space.isOrganiser(TestAccounts.actor(fixtures.accounts.create("Habitant"))))
                .isFalse();
        assertThat(space.isOrganiser(Actor.ANONYMOUS)).isFalse();

        Debate proposed = debates.create(fixtures.organiser, consultation, DebateFixtures.form("Proposé", 10));
        Debate coming = fixtures.publicDebate(consultation, "À venir", 10);
        platform.bean(RegistrationService.class)
                .register(TestAccounts.actor(fixtures.accounts.create("Inscrite")), coming.id());
        Debate past = fixtures.publicDebate(consultation, "Passé", 10);
        fixtures.startedAgo(past.id(), Duration.ofHours(3));
        platform.bean(DebateOutcomeService.class)
                .writeMinutes(fixtures.organiser, past.id(), "Nous étions **nombreux**.");

        OrganiserSpace.Groups mine = space.of(fixtures.organiser);
        assertThat(mine.proposed()).extracting(item -> item.debate().id()).containsExactly(proposed.id());
        assertThat(mine.proposed().getFirst().steps()).containsExactly(NextStep.AWAIT_APPROVAL);
        assertThat(mine.upcoming()).singleElement().satisfies(item -> {
            assertThat(item.debate().id()).isEqualTo(coming.id());
            assertThat(item.debate().confirmed()).isEqualTo(1);
            assertThat(item.steps()).containsExactly(NextStep.FOLLOW_REGISTRATIONS);
        });
        OrganisedDebate done = mine.past().getFirst();
        assertThat(done.debate().id()).isEqualTo(past.id());
        assertThat(done.steps()).containsExactly(NextStep.RECORD_ATTENDANCE, NextStep.TYPE_CONTRIBUTIONS);
        assertThat(space.of(fixtures.moderator).isEmpty())
                .as("another person's debates are not theirs")
                .isTrue();

        Instant now = platform.bean(Clock.class).instant();
        DebateListingStore.PastPage first = queries.past(now, 1, 500);
        assertThat(first.debates())
                .extracting(DebateListingStore.PastDebate::id)
                .contains(past.id())
                .doesNotContain(coming.id(), proposed.id());
        assertThat(first.debates())
                .filteredOn(debate -> debate.id() == past.id())
                .singleElement()
                .satisfies(debate -> assertThat(debate.minutes()).isEqualTo("Nous étions **nombreux**."));
        DebateListingStore.PastPage beyond = queries.past(now, 10_000, 1);
        assertThat(beyond.page()).as("a page past the last shows the last").isEqualTo(beyond.pages());
        assertThat(beyond.pages()).isEqualTo(beyond.total());
        assertThat(queries.past(now, 1, 1).debates()).hasSize(1);
    }
}
