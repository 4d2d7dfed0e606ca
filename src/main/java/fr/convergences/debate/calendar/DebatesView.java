package fr.convergences.debate.calendar;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.organiser.OrganiserSpace;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The calendar of public debates: a list of those to come, or a month, filtered by council, commune and theme (the
 * choices are in the address, so a filtered calendar can be shared); each council's iCalendar feed to subscribe to;
 * for moderators, the debates awaiting their approval; past debates with their minutes, a page at a time; and, for
 * organisers, the way into their own space ("Mes débats").
 */
@Route("debats")
@Menu(order = 12, title = "debate.nav")
@StyleSheet("styles/debate.css")
@Prototype
public class DebatesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DebateListingService listings;
    private final DebateService debates;
    private final CurrentUser currentUser;
    private final OrganiserSpace organisers;
    private final Clock clock;

    /** Twenty past debates a page: each can unfold long minutes. */
    static final int PAST_PAGE_SIZE = 20;

    public DebatesView(
            DebateListingService listings,
            DebateService debates,
            OrganiserSpace organisers,
            CurrentUser currentUser,
            Clock clock) {
        this.organisers = organisers;
        this.listings = listings;
        this.debates = debates;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassNames("prose", "debate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        String council = first(query, "conseil");
        String commune = first(query, "commune");
        String theme = first(query, "theme");
        boolean monthView = "mois".equals(first(query, "vue"));
        boolean pastView = "passes".equals(first(query, "vue"));
        YearMonth month = month(first(query, "mois"));
        add(new H1(getTranslation("debate.list.title")));
        pending(currentUser.actor());
        if (pastView) {
            add(
                    views(query, "passes"),
                    new PastDebates(
                            listings.past(page(first(query, "page")), PAST_PAGE_SIZE),
                            page -> address(query, Map.of("page", String.valueOf(page)), null)));
            return;
        }
        DebateFilter filter = monthView
                ? new DebateFilter(
                        council,
                        commune,
                        theme,
                        month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).minus(Duration.ofDays(1)),
                        month.plusMonths(1)
                                .atDay(1)
                                .atStartOfDay()
                                .toInstant(ZoneOffset.UTC)
                                .plus(Duration.ofDays(1)))
                : new DebateFilter(council, commune, theme, clock.instant(), null);
        DebateListingStore.Choices choices = listings.choices(filter);
        Div filters = new Div(
                select("filter-council", "debate.filter.council", choices.councils(), council, "conseil", query),
                select("filter-commune", "debate.filter.commune", choices.communes(), commune, "commune", query),
                select("filter-theme", "debate.filter.theme", names(choices.themes()), theme, "theme", query));
        filters.addClassName("filter-bar");
        add(filters, views(query, monthView ? "mois" : ""));
        List<DebateListing> found = listings.list(filter);
        if (monthView) {
            Anchor previous = new Anchor(
                    address(query, Map.of("mois", month.minusMonths(1).toString()), null),
                    getTranslation("debate.list.previousMonth"));
            previous.setId("month-previous");
            Anchor next = new Anchor(
                    address(query, Map.of("mois", month.plusMonths(1).toString()), null),
                    getTranslation("debate.list.nextMonth"));
            next.setId("month-next");
            Div navigation = new Div(
                    previous,
                    new H2(DateTimeFormatter.ofPattern("MMMM yyyy", getLocale()).format(month)),
                    next);
            navigation.addClassName("month-navigation");
            add(navigation, new DebateMonth(month, found));
        } else {
            add(found.isEmpty() ? new Paragraph(getTranslation("debate.list.none")) : new DebateCards(found));
        }
        if (council != null && choices.councils().containsKey(council)) {
            Anchor feed = new Anchor(
                    "/api/councils/" + council + "/debates.ics",
                    getTranslation("debate.list.feed", choices.councils().get(council)));
            feed.setId("council-feed");
            add(new Paragraph(feed));
        } else {
            add(new Paragraph(getTranslation("debate.list.feedHint")));
        }
    }

    /** The ways to see debates: to come (a list or a month), past; and, for organisers, their own space. */
    private Div views(Map<String, List<String>> query, String current) {
        Anchor list = new Anchor(
                address(query, Map.of("vue", "", "page", ""), "mois"), getTranslation("debate.list.viewList"));
        list.setId("view-list");
        Anchor calendar = new Anchor(
                address(query, Map.of("vue", "mois", "page", ""), null), getTranslation("debate.list.viewMonth"));
        calendar.setId("view-month");
        Anchor past = new Anchor(
                address(query, Map.of("vue", "passes", "page", ""), "mois"), getTranslation("debate.list.viewPast"));
        past.setId("view-past");
        (switch (current) {
                    case "mois" -> calendar;
                    case "passes" -> past;
                    default -> list;
                })
                .getElement()
                .setAttribute("aria-current", "page");
        Div views = new Div(list, calendar, past);
        if (organisers.isOrganiser(currentUser.actor())) {
            Anchor mine = new Anchor("debats/miens", getTranslation("debate.mine.title"));
            mine.setId("view-mine");
            views.add(mine);
        }
        views.addClassName("view-switch");
        return views;
    }

    private static int page(@Nullable String value) {
        try {
            return value == null ? 1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Proposed debates awaiting this moderator's approval, at the top of the page. */
    private void pending(Actor actor) {
        List<Debate> waiting = debates.awaitingApproval(actor);
        if (waiting.isEmpty()) {
            return;
        }
        UnorderedList items = new UnorderedList();
        items.setId("pending-debates");
        waiting.forEach(debate -> items.add(new ListItem(new Anchor("debats/" + debate.id(), debate.title()))));
        add(new H2(getTranslation("debate.list.pending", waiting.size())), items);
    }

    private Select<String> select(
            String id,
            String labelKey,
            Map<String, String> options,
            @Nullable String chosen,
            String parameter,
            Map<String, List<String>> query) {
        Select<String> select = new Select<>();
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        List<String> items = new ArrayList<>(options.keySet());
        if (chosen != null && !items.contains(chosen)) {
            items.add(chosen);
        }
        select.setItems(items);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("debate.filter.all"));
        select.setItemLabelGenerator(
                item -> item == null ? getTranslation("debate.filter.all") : options.getOrDefault(item, item));
        select.setValue(chosen);
        select.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                UI.getCurrent()
                        .navigate(address(
                                query, Map.of(parameter, change.getValue() == null ? "" : change.getValue()), null));
            }
        });
        return select;
    }

    /** The address of this page with some parameters changed (an empty value removes one), and one removed. */
    private static String address(
            Map<String, List<String>> query, Map<String, String> changes, @Nullable String removed) {
        Map<String, String> parameters = new LinkedHashMap<>();
        query.forEach((key, values) -> {
            if (!values.isEmpty() && !key.equals(removed)) {
                parameters.put(key, values.getFirst());
            }
        });
        changes.forEach((key, value) -> {
            if (value.isEmpty()) {
                parameters.remove(key);
            } else {
                parameters.put(key, value);
            }
        });
        String search = QueryParameters.simple(parameters).getQueryString();
        return "debats" + (search.isEmpty() ? "" : "?" + search);
    }

    private static Map<String, String> names(List<String> themes) {
        Map<String, String> names = new LinkedHashMap<>();
        themes.forEach(theme -> names.put(theme, theme));
        return names;
    }

    private YearMonth month(@Nullable String value) {
        try {
            return value == null
                    ? YearMonth.now(clock.withZone(java.time.ZoneId.of("Europe/Paris")))
                    : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return YearMonth.now(clock);
        }
    }

    /** The first value of a parameter, or null when it is absent or blank. */
    private static @Nullable String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.list.title") + " · " + getTranslation("app.name");
    }
}
