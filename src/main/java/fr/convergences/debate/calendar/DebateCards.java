package fr.convergences.debate.calendar;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.debate.DebateDates;
import java.util.List;

/** Debates as a list of cards: title (a link to its page), when, where, council and seats left. */
class DebateCards extends UnorderedList {

    DebateCards(List<DebateListing> debates) {
        setId("debate-list");
        addClassName("card-list");
        for (DebateListing debate : debates) {
            ListItem card = new ListItem();
            card.addClassName("card");
            Anchor title = new Anchor("debats/" + debate.id(), debate.title());
            title.addClassName("card-title");
            card.add(title, new Span(DebateDates.when(debate.startsAt(), debate.endsAt(), debate.zone(), getLocale())));
            String where = debate.place() != null
                    ? debate.place() + (debate.communeName() == null ? "" : ", " + debate.communeName())
                    : getTranslation("debate.list.online");
            card.add(new Span(where));
            Span counts = new Span(getTranslation("debate.list.council", debate.councilName()) + " · "
                    + (debate.seatsLeft() == 0
                            ? getTranslation("debate.list.full")
                            : getTranslation("debate.list.seatsLeft", debate.seatsLeft())));
            counts.addClassName("card-counts");
            card.add(counts);
            if (!debate.themes().isEmpty()) {
                card.add(new Span(String.join(", ", debate.themes())));
            }
            add(card);
        }
    }
}
