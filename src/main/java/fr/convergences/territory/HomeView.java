package fr.convergences.territory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.convergences.base.i18n.Messages;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The home page: what the platform is for, what is open now or announced (consultations and debates, read through
 * the {@link OpenNow} port that those features implement), and the territories with their councils.
 */
@Route("")
@Menu(order = 0, title = "nav.home")
@Prototype
public class HomeView extends Div implements HasDynamicTitle {

    /** How many items of each kind the home page lists: the next few, the full lists are one link away. */
    static final int SHOWN_PER_KIND = 6;

    public HomeView(TerritoryService territoryService, List<OpenNow> openNow) {
        addClassName("prose");
        add(new H1(getTranslation("home.title")), new Paragraph(getTranslation("home.intro")));
        add(openNow(openNow));
        add(new H2(getTranslation("home.territories")));
        List<TerritoryService.TerritoryCouncil> territories = territoryService.listTerritories();
        if (territories.isEmpty()) {
            add(new Paragraph(getTranslation("home.territories.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("territories");
        list.addClassName("card-list");
        territories.forEach(entry -> list.add(card(entry)));
        add(list);
    }

    private Component openNow(List<OpenNow> sources) {
        H2 title = new H2(getTranslation("home.openNow"));
        title.setId("open-now-title");
        Section section = new Section(title);
        section.setId("open-now");
        section.getElement().setAttribute("aria-labelledby", "open-now-title");
        List<OpenNow.Item> items = sources.stream()
                .flatMap(source -> source.openNow(SHOWN_PER_KIND).stream())
                .sorted(Comparator.comparing((OpenNow.Item item) -> !item.current())
                        .thenComparing(OpenNow.Item::order))
                .toList();
        if (items.isEmpty()) {
            section.add(new Paragraph(getTranslation("home.openNow.none")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("open-now-list");
        list.addClassName("card-list");
        items.forEach(item -> list.add(openCard(item)));
        section.add(
                list,
                new Paragraph(
                        new Anchor("consultations", getTranslation("home.openNow.allConsultations")),
                        new Span(" · "),
                        new Anchor("debats", getTranslation("home.openNow.allDebates"))));
        return section;
    }

    private ListItem openCard(OpenNow.Item item) {
        ListItem card = new ListItem();
        card.addClassName("card");
        card.addClassName(item.current() ? "open-now-current" : "open-now-coming");
        // Text components escape what they show: titles come from the database, never as HTML.
        Anchor title = new Anchor(item.link(), item.title());
        title.addClassName("card-title");
        card.add(title, new Paragraph(when(item)), new Paragraph(item.councilName()));
        return card;
    }

    /** In words, in the reader's language, in the territory's time zone: "phase « Contributions » en cours jusqu’au 15 avril 2027". */
    private String when(OpenNow.Item item) {
        Locale locale = getLocale();
        if (item.kind() == OpenNow.Kind.DEBATE && item.startsAt() != null) {
            return getTranslation(
                    item.current() ? "home.openNow.debate.current" : "home.openNow.debate",
                    Messages.moment(item.startsAt(), locale));
        }
        String phase = item.phaseKey() == null ? "" : getTranslation(item.phaseKey());
        // A consultation's phase: OpenNow.Item.phase sets both its days.
        LocalDate day =
                Objects.requireNonNull(item.current() ? item.endsOn() : item.startsOn(), "a phase has its days");
        return getTranslation(
                item.current() ? "home.openNow.consultation.current" : "home.openNow.consultation.coming",
                phase,
                Messages.day(day, locale));
    }

    private ListItem card(TerritoryService.TerritoryCouncil entry) {
        Territory territory = entry.territory();
        ListItem item = new ListItem();
        item.addClassName("card");
        // Text components escape what they show: names come from the database, never as HTML.
        Span name = new Span(territory.code() + " · " + territory.name());
        name.addClassName("card-title");
        item.add(name);
        entry.council()
                .ifPresentOrElse(
                        council -> {
                            Anchor link = new Anchor("conseils/" + council.slug() + "/composition", council.name());
                            link.addClassName("council-name");
                            item.add(link);
                        },
                        () -> item.add(new Span(getTranslation("home.council.none"))));
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " · " + getTranslation("app.name");
    }
}
