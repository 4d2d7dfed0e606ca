package fr.convergences.territory.council;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.Permissions;
import fr.convergences.identity.role.CouncilRoleService;
import fr.convergences.territory.Council;
import io.micronaut.context.annotation.Prototype;
import java.util.Comparator;
import java.util.List;

/**
 * A council admin's page: colleges, mandates and invitations, roles. Refused (not just hidden) to
 * anyone who is not admin of this council; every service checks again.
 */
@Route("conseils/:slug/administration")
@Prototype
public class CouncilAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory directory;
    private final CollegeService colleges;
    private final MandateService mandates;
    private final CouncilRoleService roles;
    private final BureauService bureau;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final List<CouncilAdminSection> sections;
    private String title = "";

    public CouncilAdminView(
            CouncilDirectory directory,
            CollegeService colleges,
            MandateService mandates,
            CouncilRoleService roles,
            BureauService bureau,
            CurrentUser currentUser,
            Permissions permissions,
            List<CouncilAdminSection> sections) {
        this.bureau = bureau;
        this.directory = directory;
        this.colleges = colleges;
        this.mandates = mandates;
        this.roles = roles;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(CouncilAdminSection::order))
                .toList();
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Council council =
                directory.bySlug(event.getRouteParameters().get("slug").orElse(""));
        Actor actor = currentUser.actor();
        permissions.require(actor, Action.MANAGE_MANDATES, council.storedId());
        title = getTranslation("territory.admin.council.title", council.name());
        add(
                new H1(title),
                new Anchor(
                        "conseils/" + council.slug() + "/composition",
                        getTranslation("territory.admin.council.composition")),
                new Anchor(
                        "conseils/" + council.slug() + "/journal", getTranslation("territory.admin.council.journal")),
                new Anchor("conseils/" + council.slug() + "/fonctions", getTranslation("territory.offices.link")),
                new Anchor(
                        "conseils/" + council.slug() + "/consultations/nouvelle",
                        getTranslation("territory.admin.council.consultation")));
        add(new H2(getTranslation("territory.college.title")), new CollegesPanel(colleges, actor, council.storedId()));
        add(
                new H2(getTranslation("territory.mandate.title")),
                new MandatesPanel(mandates, colleges, actor, council.storedId()));
        add(
                new H2(getTranslation("territory.bureau.title")),
                new BureauPanel(bureau, actor, council.storedId(), mandates.mandates(actor, council.storedId())));
        add(new H2(getTranslation("territory.roles.title")), new RolesPanel(roles, actor, council.storedId()));
        sections.forEach(section -> add(section.section(council, actor)));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
