package fr.convergences.territory.organisation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.identity.Actor;

/** For an organisation's administrators: the pending requests to join, each to approve or reject. */
class MembershipRequests extends Div {

    MembershipRequests(OrganisationService organisations, Actor actor, long organisationId) {
        UnorderedList requests = new UnorderedList();
        requests.addClassName("membership-requests");
        for (Membership request : organisations.pendingRequests(actor, organisationId)) {
            String who = organisations.requesterName(request);
            Button approve = new Button(
                    getTranslation("territory.organisation.approve"),
                    event -> decide(organisations, actor, request, true));
            approve.setId("approve-" + request.id());
            approve.setAriaLabel(getTranslation(
                    "territory.organisation.approveWho", who, fr.convergences.base.i18n.Elision.keyword(who)));
            Button reject = new Button(
                    getTranslation("territory.organisation.reject"),
                    event -> decide(organisations, actor, request, false));
            reject.setId("reject-" + request.id());
            reject.setAriaLabel(getTranslation(
                    "territory.organisation.rejectWho", who, fr.convergences.base.i18n.Elision.keyword(who)));
            requests.add(new ListItem(new Span(who + " "), approve, reject));
        }
        if (requests.getComponentCount() > 0) {
            add(new Span(getTranslation("territory.organisation.requests")), requests);
        }
    }

    private static void decide(OrganisationService organisations, Actor actor, Membership request, boolean approve) {
        organisations.decide(actor, request.storedId(), approve);
        UI.getCurrent().getPage().reload();
    }
}
