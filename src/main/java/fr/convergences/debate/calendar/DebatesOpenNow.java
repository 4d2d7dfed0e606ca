package fr.convergences.debate.calendar;

import fr.convergences.territory.OpenNow;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/** The next public debates (approved, not cancelled, not over), for the home page. */
@Singleton
public class DebatesOpenNow implements OpenNow {

    private final DebateListingStore queries;
    private final Clock clock;

    public DebatesOpenNow(DebateListingStore queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public List<Item> openNow(int limit) {
        return queries.list(DebateFilter.upcoming(clock.instant()), limit).stream()
                .map(debate -> Item.debate(
                        debate.title(),
                        "debats/" + debate.id(),
                        debate.councilName(),
                        debate.startsAt().atZone(debate.zone()),
                        !debate.startsAt().isAfter(clock.instant())))
                .toList();
    }
}
