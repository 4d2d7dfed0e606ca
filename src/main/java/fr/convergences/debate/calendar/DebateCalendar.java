package fr.convergences.debate.calendar;

import fr.convergences.base.UserFacingException;
import fr.convergences.base.web.PublicUrl;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateInvitations;
import fr.convergences.debate.DebateRepository;
import fr.convergences.territory.CouncilRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jspecify.annotations.Nullable;

/**
 * iCalendar (RFC 5545) files written by ical4j: one debate's, to add to one's calendar, and a council's feed of
 * its upcoming debates, to subscribe to. Times are written in UTC, which every calendar converts; each event keeps
 * one UID so that a changed debate replaces itself in calendars.
 */
@Singleton
public class DebateCalendar implements DebateInvitations {

    private final DebateRepository debates;
    private final DebateListingStore queries;
    private final CouncilRepository councils;
    private final PublicUrl publicUrl;
    private final Clock clock;

    public DebateCalendar(
            DebateRepository debates,
            DebateListingStore queries,
            CouncilRepository councils,
            PublicUrl publicUrl,
            Clock clock) {
        this.debates = debates;
        this.publicUrl = publicUrl;
        this.councils = councils;
        this.queries = queries;
        this.clock = clock;
    }

    /** One public debate's file; a cancelled debate has none (refused with a message saying so), a proposed one is unknown. */
    @Transactional(readOnly = true)
    public String debate(long debateId, String baseUrl) {
        Debate debate = debates.findById(debateId).orElseThrow(() -> new UserFacingException("debate.unknown"));
        if (debate.isCancelled()) {
            throw new UserFacingException(
                    "debate.ical.cancelled",
                    debate.title(),
                    Objects.requireNonNull(
                            debate.cancelReason(), "debate_cancelled_has_reason: a cancelled debate has its reason"));
        }
        if (!debate.isPublished()) {
            throw new UserFacingException("debate.unknown");
        }
        return write(
                List.of(listing(debate).orElseThrow(() -> new UserFacingException("debate.unknown"))), null, baseUrl);
    }

    /** The file a registration mail attaches, with the debate's address; read in the caller's transaction. */
    @Override
    public Optional<Invitation> of(long debateId) {
        return debates.findById(debateId)
                .filter(Debate::isPublished)
                .flatMap(this::listing)
                .map(listing -> new Invitation(where(listing), write(List.of(listing), null, publicUrl.base())));
    }

    private Optional<DebateListing> listing(Debate debate) {
        return queries
                .list(new DebateFilter(
                        null, null, null, debate.startsAt(), debate.startsAt().plusSeconds(1)))
                .stream()
                .filter(found -> found.id() == debate.storedId())
                .findFirst();
    }

    private static String where(DebateListing debate) {
        String place = debate.place();
        if (place != null) {
            return place + (debate.communeName() == null ? "" : ", " + debate.communeName());
        }
        return Objects.requireNonNull(
                debate.onlineUrl(), "debate_has_a_place_or_link: a debate without a place has a link");
    }

    /** A council's upcoming public debates; empty for an unknown council. */
    @Transactional(readOnly = true)
    public Optional<String> council(String slug, String baseUrl) {
        return councils.findBySlug(slug)
                .map(council -> write(
                        queries.list(new DebateFilter(slug, null, null, clock.instant(), null)),
                        council.name(),
                        baseUrl));
    }

    private String write(List<DebateListing> listed, @Nullable String calendarName, String baseUrl) {
        Instant now = clock.instant();
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Convergences//Debats//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        if (calendarName != null) {
            calendar.add(new XProperty("X-WR-CALNAME", calendarName));
        }
        for (DebateListing debate : listed) {
            VEvent event = new VEvent(debate.startsAt(), debate.endsAt(), debate.title());
            event.replace(new DtStamp(now));
            event.add(new Uid("debate-" + debate.id() + "@convergences"));
            event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, debate.version())));
            event.add(ImmutableStatus.VEVENT_CONFIRMED);
            event.add(new Location(where(debate)));
            URI page = URI.create(baseUrl + "/debats/" + debate.id());
            event.add(new Url(page));
            event.add(new Description(debate.description() + "\n\n" + page
                    + (debate.onlineUrl() == null ? "" : "\n" + debate.onlineUrl())));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
