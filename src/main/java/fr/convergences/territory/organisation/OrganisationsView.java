package fr.convergences.territory.organisation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.Permissions;
import io.micronaut.context.annotation.Prototype;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Verified organisations, one's own memberships, requests to approve, and registering a new organisation. */
@Route("organisations")
@Menu(order = 50, title = "territory.organisation.nav")
@Prototype
public class OrganisationsView extends Div implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final StatusMessage status = new StatusMessage();

    public OrganisationsView(OrganisationService organisations, CurrentUser currentUser, Permissions permissions) {
        this.organisations = organisations;
        addClassName("prose");
        Actor actor = currentUser.actor();
        Map<Long, Membership> mine = organisations.membershipsOf(actor).stream()
                .collect(Collectors.toMap(Membership::organisationId, Function.identity()));
        add(
                new H1(getTranslation("territory.organisation.title")),
                new Paragraph(getTranslation("territory.organisation.intro")),
                status);
        UnorderedList list = new UnorderedList();
        list.setId("organisations");
        list.addClassName("card-list");
        organisations
                .verifiedOrganisations()
                .forEach(organisation -> list.add(card(actor, organisation, mine.get(organisation.id()))));
        add(list);
        UnorderedList unverified = new UnorderedList();
        mine.values().stream()
                .map(membership -> organisations.find(membership.organisationId()))
                .filter(organisation -> !organisation.verified())
                .forEach(organisation -> unverified.add(
                        new ListItem(getTranslation("territory.organisation.unverified", organisation.name()))));
        if (unverified.getComponentCount() > 0) {
            add(unverified);
        }
        if (actor.isAuthenticated()) {
            add(
                    new H2(getTranslation("territory.organisation.register.title")),
                    new OrganisationRegistration(organisations, actor));
        }
        if (permissions.isPlatformAdmin(actor)) {
            add(new H2(getTranslation("territory.organisation.verify.title")), awaitingVerification(actor));
        }
    }

    private ListItem card(Actor actor, Organisation organisation, @Nullable Membership membership) {
        ListItem item = new ListItem();
        item.addClassName("card");
        Span name = new Span(organisation.name());
        name.addClassName("card-title");
        item.add(
                name,
                new Span(getTranslation("territory.organisation.kind."
                                + organisation.kind().name())
                        + (organisation.approved()
                                ? " · "
                                        + getTranslation(
                                                "territory.organisation.approvedNumber", organisation.approvalNumber())
                                : "")));
        if (membership != null) {
            item.add(new Span(getTranslation(
                    "territory.organisation.membership." + membership.status().name())));
            if (membership.administrator()) {
                item.add(new MembershipRequests(organisations, actor, organisation.storedId()));
                // The letters for the people this organisation met offline (a project page: a URL, not a call).
                Anchor letters = new Anchor("lettres", getTranslation("project.letter.link"));
                letters.addClassName("organisation-letters");
                item.add(letters);
            }
        } else if (actor.isAuthenticated()) {
            Button join = new Button(
                    getTranslation("territory.organisation.join"),
                    event -> act(() -> organisations.requestToJoin(actor, organisation.storedId())));
            join.setId("join-" + organisation.id());
            item.add(join);
        }
        return item;
    }

    private UnorderedList awaitingVerification(Actor actor) {
        UnorderedList pending = new UnorderedList();
        organisations.awaitingVerification(actor).forEach(organisation -> {
            Button verify = new Button(
                    getTranslation("territory.organisation.verify"),
                    event -> act(() -> organisations.verify(actor, organisation.storedId())));
            verify.setId("verify-" + organisation.id());
            pending.add(new ListItem(new Span(organisation.name() + " "), verify));
        });
        return pending;
    }

    private void act(Runnable useCase) {
        try {
            useCase.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("territory.organisation.title") + " · " + getTranslation("app.name");
    }
}
