package fr.convergences.search;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The facets beside the results: one group of check boxes per facet, each value with its count. Where the page is too
 * narrow for them to sit beside the results (a phone), they are folded with the search options behind the page's
 * "Filtres" button, so that the results come first (the style sheet decides: convergences.css, "search-page").
 */
class FacetPanel extends Aside {

    private final Consumer<Map<SearchFacet, Set<String>>> onChange;
    private final Div groupsShown = new Div();
    private boolean updating;

    FacetPanel(Consumer<Map<SearchFacet, Set<String>>> onChange) {
        this.onChange = onChange;
        setId("search-facets");
        addClassName("search-facets");
        getElement().setAttribute("aria-labelledby", "search-facets-title");
        H2 title = new H2(getTranslation("search.facets.title"));
        title.setId("search-facets-title");
        groupsShown.setId("search-facet-groups");
        groupsShown.addClassName("search-facet-groups");
        add(title, groupsShown);
    }

    void show(SearchResults results) {
        updating = true;
        groupsShown.removeAll();
        Map<SearchFacet, CheckboxGroup<SearchResults.FacetValue>> groups = new EnumMap<>(SearchFacet.class);
        for (SearchResults.FacetGroup group : results.facets()) {
            CheckboxGroup<SearchResults.FacetValue> boxes = new CheckboxGroup<>(
                    getTranslation("search.facet." + group.facet().name()));
            boxes.setId("facet-" + group.facet().name());
            boxes.setItems(group.values());
            boxes.setItemLabelGenerator(
                    value -> getTranslation("search.facet.count", label(group.facet(), value), value.count()));
            boxes.setValue(group.values().stream()
                    .filter(SearchResults.FacetValue::selected)
                    .collect(Collectors.toSet()));
            boxes.addThemeName("vertical");
            boxes.addValueChangeListener(change -> {
                if (!updating) {
                    onChange.accept(selection(groups));
                }
            });
            groups.put(group.facet(), boxes);
            groupsShown.add(boxes);
        }
        updating = false;
    }

    private String label(SearchFacet facet, SearchResults.FacetValue value) {
        if (facet.isEnumerated()) {
            return getTranslation("search." + facet.name().toLowerCase() + "." + value.value());
        }
        if (facet == SearchFacet.COMMUNE && ContributionDocument.NO_COMMUNE.equals(value.value())) {
            return getTranslation("search.commune.none");
        }
        return value.label() == null ? value.value() : value.label();
    }

    private static Map<SearchFacet, Set<String>> selection(
            Map<SearchFacet, CheckboxGroup<SearchResults.FacetValue>> groups) {
        Map<SearchFacet, Set<String>> selected = new HashMap<>();
        groups.forEach((facet, boxes) -> {
            Set<String> values = boxes.getValue().stream()
                    .map(SearchResults.FacetValue::value)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!values.isEmpty()) {
                selected.put(facet, values);
            }
        });
        return selected;
    }
}
