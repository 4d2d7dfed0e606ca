package fr.convergences.search;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.CurrentUser;
import fr.convergences.territory.Council;
import fr.convergences.territory.TerritoryService;
import io.micronaut.context.annotation.Prototype;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The search page: words (with suggestions), the council searched or all territories, facets, order
 * and pages. The address keeps the words and the scope ({@code ?q=…&conseil=…&tous}), so a search can be shared.
 */
@Route("recherche")
@Menu(order = 15, title = "search.nav")
@Prototype
public class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SearchService search;
    private final CurrentUser currentUser;
    private final TextField words = new TextField();
    private final Element suggestions = new Element("datalist");
    private final Select<Council> council = new Select<>();
    private final Checkbox allTerritories = new Checkbox();
    private final Select<SearchSort> sort = new Select<>();
    private final StatusMessage notice = new StatusMessage();
    private final Div spelling = new Div();
    private final FacetPanel facets = new FacetPanel(selected -> run(query().withFilters(selected)));
    private final ResultList results = new ResultList(page -> run(query().withPage(page)));
    private SearchQuery current = SearchQuery.of("", null);

    public SearchView(SearchService search, TerritoryService territories, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
        addClassName("search-page");
        words.setLabel(getTranslation("search.words"));
        words.setId("search-words");
        words.setHelperText(getTranslation("search.words.help"));
        words.setMaxLength(
                SearchQueryBuilder.MAX_LENGTH * 50); // longer text is cut with a notice, not silently by the browser
        words.setValueChangeMode(ValueChangeMode.LAZY);
        words.addValueChangeListener(change -> suggest(change.getValue()));
        words.addKeyPressListener(Key.ENTER, enter -> run(query().withFilters(Map.of())));
        suggestions.setAttribute("id", "search-suggestions");
        words.getElement().appendChild(suggestions);
        // The text field's input sits in the page's light DOM, so the browser's own suggestion list (datalist) works
        // with it.
        words.getElement()
                .executeJs(
                        "customElements.whenDefined('vaadin-text-field').then(() => requestAnimationFrame(() => {"
                                + " const input = this.inputElement || this.querySelector('input'); if (input) input.setAttribute('list', 'search-suggestions'); }))");
        Button submit = new Button(getTranslation("search.submit"), click -> run(query().withFilters(Map.of())));
        submit.setId("search-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        council.setLabel(getTranslation("search.council"));
        council.setId("search-council");
        council.setItems(territories.listTerritories().stream()
                .flatMap(entry -> entry.council().stream())
                .toList());
        council.setItemLabelGenerator(Council::name);
        council.addValueChangeListener(change -> {
            if (change.isFromClient()) run(query().withFilters(Map.of()));
        });
        allTerritories.setLabel(getTranslation("search.allTerritories"));
        allTerritories.setId("search-all");
        allTerritories.addValueChangeListener(change -> {
            if (change.isFromClient()) run(query().withFilters(Map.of()));
        });
        sort.setLabel(getTranslation("search.sort"));
        sort.setId("search-sort");
        sort.setItems(SearchSort.values());
        sort.setItemLabelGenerator(order -> getTranslation("search.sort." + order.name()));
        sort.setValue(SearchSort.RELEVANCE);
        sort.addValueChangeListener(change -> {
            if (change.isFromClient()) run(query());
        });
        notice.setId("search-notice");
        spelling.setId("search-spelling");
        spelling.setVisible(false);
        spelling.getStyle()
                .setDisplay(com.vaadin.flow.dom.Style.Display.FLEX)
                .set("gap", "0.5em")
                .set("align-items", "baseline");
        // On a phone the options and the facets fold behind one "Filtres" button, so that the first result shows
        // without scrolling; a wide page never shows the button (convergences.css, "search-page").
        Button filters = new Button(getTranslation("search.facets.toggle"));
        filters.setId("search-filters-toggle");
        filters.addClassName("search-filters-toggle");
        filters.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        filters.getElement().setAttribute("aria-controls", "search-options search-facet-groups");
        filters.getElement().setAttribute("aria-expanded", "false");
        filters.addClickListener(click -> {
            boolean open = !hasClassName("filters-open");
            setClassName("filters-open", open);
            filters.getElement().setAttribute("aria-expanded", Boolean.toString(open));
        });
        Div options = new Div(council, allTerritories, sort);
        options.setId("search-options");
        options.addClassName("search-options"); // laid out by the style sheet, which also folds it on a phone
        Div form = new Div(words, submit, options, filters);
        form.addClassName("search-form");
        form.getStyle()
                .setDisplay(com.vaadin.flow.dom.Style.Display.FLEX)
                .set("flex-wrap", "wrap")
                .set("gap", "0 1rem")
                .set("align-items", "baseline");
        Div body = new Div(facets, results);
        body.addClassName("search-body");
        body.getStyle()
                .setDisplay(com.vaadin.flow.dom.Style.Display.FLEX)
                .set("flex-wrap", "wrap")
                .set("gap", "2rem");
        facets.getStyle().set("flex", "0 0 16rem");
        results.getStyle().set("flex", "1 1 30rem").set("min-width", "0");
        add(new H1(getTranslation("search.title")), form, notice, spelling, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters =
                event.getLocation().getQueryParameters().getParameters();
        words.setValue(first(parameters, "q").orElse(""));
        List<Council> councils = council.getListDataView().getItems().toList();
        Optional<String> slug = first(parameters, "conseil");
        council.setValue(councils.stream()
                .filter(c -> slug.isPresent() && c.slug().equals(slug.get()))
                .findFirst()
                .orElse(councils.isEmpty() ? null : councils.getFirst()));
        allTerritories.setValue(parameters.containsKey("tous"));
        run(query().withFilters(Map.of()));
    }

    /** The query as the controls say, keeping the facets ticked so far. */
    private SearchQuery query() {
        Council chosen = council.getValue();
        return new SearchQuery(
                words.getValue(),
                chosen == null ? null : chosen.id(),
                allTerritories.getValue(),
                current.filters(),
                sort.getValue(),
                current.page());
    }

    private void run(SearchQuery query) {
        current = query;
        SearchResults found = search.search(currentUser.actor(), query);
        switch (found.notice()) {
            case TRUNCATED -> notice.error(getTranslation("search.notice.truncated", SearchQueryBuilder.MAX_LENGTH));
            case NO_WORDS -> notice.error(getTranslation("search.notice.noWords"));
            case NO_QUERY -> notice.success(getTranslation("search.notice.newest"));
            case ANY_WORDS -> notice.success(getTranslation("search.notice.anyWords"));
            case NONE -> notice.clear();
        }
        showSpelling(found.spelling());
        facets.show(found);
        results.show(found, query.allTerritories());
        Map<String, String> address = new HashMap<>();
        address.put("q", found.searchedText());
        if (council.getValue() != null) {
            address.put("conseil", council.getValue().slug());
        }
        QueryParameters parameters = query.allTerritories()
                ? QueryParameters.simple(address).merging("tous", "")
                : QueryParameters.simple(address);
        getUI().ifPresent(
                        ui -> ui.getPage().getHistory().replaceState(null, "recherche?" + parameters.getQueryString()));
    }

    /** "Vouliez-vous dire : …", the corrected words as a button that searches them. */
    private void showSpelling(@Nullable String corrected) {
        spelling.removeAll();
        spelling.setVisible(corrected != null);
        if (corrected != null) {
            Button searchCorrected = new Button(corrected, click -> {
                words.setValue(corrected);
                run(query().withFilters(Map.of()));
            });
            searchCorrected.setId("search-spelling-suggestion");
            searchCorrected.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            spelling.add(new com.vaadin.flow.component.html.Span(getTranslation("search.spelling")), searchCorrected);
        }
    }

    private void suggest(String typed) {
        suggestions.removeAllChildren();
        Council chosen = council.getValue();
        search.suggest(typed, chosen == null ? null : chosen.id(), allTerritories.getValue(), 8)
                .forEach(title -> suggestions.appendChild(new Element("option").setAttribute("value", title)));
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return Optional.ofNullable(parameters.get(name))
                .filter(values -> !values.isEmpty())
                .map(List::getFirst);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title") + " · " + getTranslation("app.name");
    }
}
