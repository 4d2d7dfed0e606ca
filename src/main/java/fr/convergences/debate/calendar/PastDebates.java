package fr.convergences.debate.calendar;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.ui.SafeMarkdown;
import fr.convergences.debate.DebateDates;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Debates that are over, a page at a time: when and in which council, how many came and what was said, and the
 * minutes, folded (they can be long) and rendered as the debate's page renders them.
 */
class PastDebates extends Div {

    PastDebates(DebateListingStore.PastPage page, IntFunction<String> addressOfPage) {
        setId("past-debates");
        if (page.debates().isEmpty()) {
            add(new Paragraph(getTranslation("debate.past.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("past-debates");
        for (DebateListingStore.PastDebate debate : page.debates()) {
            ListItem item = new ListItem(new Anchor("debats/" + debate.id(), debate.title()));
            item.setId("past-debate-" + debate.id());
            List<String> facts = new ArrayList<>(List.of(
                    DebateDates.when(debate.startsAt(), debate.endsAt(), debate.zone(), getLocale()),
                    debate.councilName()));
            if (debate.attendance() != null) {
                facts.add(getTranslation("debate.past.attendance", debate.attendance()));
            }
            facts.add(getTranslation("debate.past.contributions", debate.contributions()));
            item.add(new Paragraph(String.join(" · ", facts)));
            if (debate.minutes() == null) {
                Paragraph none = new Paragraph(getTranslation("debate.past.noMinutes"));
                none.addClassName("past-no-minutes");
                item.add(none);
            } else {
                Details minutes = new Details(
                        new Span(getTranslation("debate.past.minutes")), SafeMarkdown.component(debate.minutes()));
                minutes.addClassName("past-minutes");
                item.add(minutes);
            }
            list.add(item);
        }
        add(list);
        if (page.pages() > 1) {
            Div paging = new Div();
            paging.addClassName("past-paging");
            if (page.page() > 1) {
                Anchor previous =
                        new Anchor(addressOfPage.apply(page.page() - 1), getTranslation("debate.past.previous"));
                previous.setId("past-previous");
                paging.add(previous);
            }
            Span position = new Span(getTranslation("debate.past.page", page.page(), page.pages()));
            position.setId("past-page");
            paging.add(position);
            if (page.page() < page.pages()) {
                Anchor next = new Anchor(addressOfPage.apply(page.page() + 1), getTranslation("debate.past.next"));
                next.setId("past-next");
                paging.add(next);
            }
            add(paging);
        }
    }
}
