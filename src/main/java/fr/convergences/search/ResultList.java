package fr.convergences.search;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import fr.convergences.base.i18n.Messages;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The results: count, list and pages. Titles and excerpts are the service's safe HTML (escaped text
 * with {@code <mark>} around the matches), so that a contribution's own markup is shown, never run.
 */
class ResultList extends Div {

    // The index keeps instants; results from every territory are dated on Paris time, as they were before.
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final IntConsumer onPage;

    ResultList(IntConsumer onPage) {
        this.onPage = onPage;
        setId("search-results");
        addClassName("search-results");
    }

    void show(SearchResults results, boolean allTerritories) {
        removeAll();
        H2 count = new H2(getTranslation("search.results.count", results.total()));
        count.setId("search-count");
        add(count);
        if (results.hits().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(
                    results.notice() == SearchResults.Notice.NO_WORDS
                            ? "search.results.noWords"
                            : "search.results.none"));
            empty.setId("search-empty");
            add(empty);
            return;
        }
        OrderedList list = new OrderedList();
        list.addClassName("card-list");
        for (SearchResults.Hit hit : results.hits()) {
            Anchor link = new Anchor("contributions/" + hit.contributionId());
            link.add(new Html("<span>" + hit.titleHtml() + "</span>"));
            ListItem item = new ListItem(
                    new H3(link),
                    new Paragraph(meta(hit, allTerritories)),
                    new Html("<p class=\"search-excerpt\">" + hit.excerptHtml() + "</p>"));
            item.addClassName("card");
            item.setId("result-" + hit.contributionId());
            list.add(item);
        }
        add(list);
        if (results.pageCount() > 1) {
            add(pages(results));
        }
    }

    private String meta(SearchResults.Hit hit, boolean allTerritories) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("search.kind." + hit.kind().name()));
        if (allTerritories && hit.councilName() != null) {
            parts.add(hit.councilName());
        }
        if (hit.consultationTitle() != null) {
            parts.add(hit.consultationTitle());
        }
        if (hit.communeName() != null) {
            parts.add(hit.communeName());
        }
        parts.add(Messages.day(hit.publishedAt().atZone(PARIS).toLocalDate(), getLocale()));
        parts.add(getTranslation("search.results.supports", hit.supports()));
        if (!"NONE".equals(hit.answer())) {
            parts.add(getTranslation("search.answer." + hit.answer()));
        }
        if (hit.status() == fr.convergences.contribution.ContributionStatus.WITHDRAWN) {
            parts.add(getTranslation("search.results.withdrawn"));
        }
        if (hit.mine()) {
            parts.add(getTranslation("search.results.mine"));
        }
        return String.join(" · ", parts);
    }

    private Nav pages(SearchResults results) {
        Button previous = new Button(getTranslation("search.pages.previous"), click -> turnTo(results.page() - 1));
        previous.setId("search-previous");
        previous.setEnabled(results.page() > 0);
        Button next = new Button(getTranslation("search.pages.next"), click -> turnTo(results.page() + 1));
        next.setId("search-next");
        next.setEnabled(results.page() + 1 < results.pageCount());
        Span where = new Span(getTranslation("search.pages.where", results.page() + 1, results.pageCount()));
        where.setId("search-page");
        Nav nav = new Nav(previous, where, next);
        nav.setAriaLabel(getTranslation("search.pages.label"));
        nav.addClassName("inline-form");
        return nav;
    }

    /** Another page starts at the top of the list, not where the buttons below the old one were (issue 15). */
    private void turnTo(int page) {
        onPage.accept(page);
        scrollIntoView();
    }
}
