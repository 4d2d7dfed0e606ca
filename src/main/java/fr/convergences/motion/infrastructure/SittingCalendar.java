package fr.convergences.motion.infrastructure;

import fr.convergences.motion.model.Sitting;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A sitting as an iCalendar (RFC 5545) file written by ical4j, as the debates' calendar does: the convocation links to it so
 * that members add the sitting to their calendars. The time is written in UTC, which every calendar converts; one UID per
 * sitting, so that a sitting downloaded twice stays one event. A sitting has no set end, so the event has only its start.
 */
@Singleton
public class SittingCalendar {

    public String write(Sitting sitting, List<String> agenda, String baseUrl, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Convergences//Seances//FR"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        VEvent event = new VEvent(sitting.startsAt(), sitting.title());
        event.replace(new DtStamp(now));
        event.add(new Uid("sitting-" + sitting.id() + "@convergences"));
        event.add(ImmutableStatus.VEVENT_CONFIRMED);
        String where = sitting.place() != null ? sitting.place() : sitting.onlineUrl();
        if (where != null) {
            event.add(new Location(where));
        }
        URI page = URI.create(baseUrl + "/seances/" + sitting.id());
        event.add(new Url(page));
        StringBuilder description = new StringBuilder();
        for (int i = 0; i < agenda.size(); i++) {
            description.append(i + 1).append(". ").append(agenda.get(i)).append('\n');
        }
        description.append('\n').append(page);
        if (sitting.onlineUrl() != null) {
            description.append('\n').append(sitting.onlineUrl());
        }
        event.add(new Description(description.toString()));
        calendar.add(event);
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
