package fr.convergences.contribution;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.i18n.Messages;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** One page of contribution cards and the links to the other pages. All text is set as text, never as HTML. */
public class ContributionList extends Div {

    public ContributionList(ContributionSlice page, ContributionQuery query, ZoneId zone) {
        UnorderedList list = new UnorderedList();
        list.setId("contributions");
        list.addClassName("card-list");
        for (ContributionSummary contribution : page.items()) {
            ListItem card = new ListItem();
            card.addClassName("card");
            Anchor heading = new Anchor("contributions/" + contribution.id(), contribution.title());
            heading.addClassName("card-title");
            card.add(heading, new Span(meta(contribution, zone)), new Paragraph(excerpt(contribution.excerpt())));
            Span counts = new Span(getTranslation("contribution.supports", contribution.supports()) + " · "
                    + getTranslation("contribution.comments", contribution.comments()));
            counts.addClassName("card-counts");
            card.add(counts);
            if (contribution.answer() != null) {
                Span answer = new Span(getTranslation(
                        "contribution.answer.status." + contribution.answer().name()));
                answer.addClassName("badge");
                card.add(answer);
            }
            list.add(card);
        }
        add(page.items().isEmpty() ? new Paragraph(getTranslation("contribution.list.none")) : list);
        if (page.pageCount() > 1) {
            add(pagination(page, query));
        }
    }

    private String meta(ContributionSummary contribution, ZoneId zone) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("contribution.kind." + contribution.kind().name()));
        parts.add(Messages.day(contribution.publishedAt().atZone(zone).toLocalDate(), getLocale()));
        if (contribution.communeInsee() != null) {
            parts.add(contribution.communeName() != null ? contribution.communeName() : contribution.communeInsee());
        }
        if (contribution.organisationName() != null) {
            parts.add(getTranslation("contribution.onBehalfOf", contribution.organisationName()));
        }
        if (contribution.origin() == ContributionOrigin.MEDIATED) {
            parts.add(getTranslation(
                    "contribution.mediation.collected",
                    contribution.collectedBy() != null
                            ? contribution.collectedBy()
                            : getTranslation("contribution.author.deleted"),
                    contribution.collectedAt()));
        } else if (!contribution.origin().isOnline()) {
            parts.add(getTranslation(
                    "contribution.origin." + contribution.origin().name()));
        }
        if (contribution.status() == ContributionStatus.WITHDRAWN) {
            parts.add(getTranslation("contribution.withdrawn.label"));
        }
        return String.join(" · ", parts);
    }

    private static String excerpt(String start) {
        return start.length() < 280 ? start : start + "…";
    }

    private Nav pagination(ContributionSlice page, ContributionQuery query) {
        Nav nav = new Nav();
        nav.setId("contribution-pages");
        nav.setAriaLabel(getTranslation("contribution.pages.label"));
        nav.addClassName("pagination");
        String route = "consultations/" + query.consultationId();
        if (page.page() > 1) {
            nav.add(link(route, query, page.page() - 1, getTranslation("contribution.pages.previous")));
        }
        Span position = new Span(getTranslation("contribution.pages.position", page.page(), page.pageCount()));
        position.getElement().setAttribute("aria-current", "page");
        nav.add(position);
        if (page.page() < page.pageCount()) {
            nav.add(link(route, query, page.page() + 1, getTranslation("contribution.pages.next")));
        }
        return nav;
    }

    private static Anchor link(String route, ContributionQuery query, int target, String text) {
        String parameters = ListParameters.with(query, ListParameters.PAGE, String.valueOf(target))
                .getQueryString();
        return new Anchor(route + (parameters.isEmpty() ? "" : "?" + parameters), text);
    }
}
