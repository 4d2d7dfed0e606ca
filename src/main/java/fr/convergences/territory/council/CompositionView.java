package fr.convergences.territory.council;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.identity.audit.AuditLogService;
import fr.convergences.territory.Council;
import io.micronaut.context.annotation.Prototype;

/** The public composition of a council: colleges, seats, titulars and substitutes, vacancies, bureau. */
@Route("conseils/:slug/composition")
@Prototype
public class CompositionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory directory;
    private final CompositionService compositions;
    private final AuditLogService auditLog;
    private String title = "";

    public CompositionView(CouncilDirectory directory, CompositionService compositions, AuditLogService auditLog) {
        this.directory = directory;
        this.compositions = compositions;
        this.auditLog = auditLog;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Council council =
                directory.bySlug(event.getRouteParameters().get("slug").orElse(""));
        title = getTranslation("territory.composition.title", council.name());
        Composition composition = compositions.composition(council.storedId());
        add(new H1(title));
        if (!composition.bureau().isEmpty()) {
            add(new H2(getTranslation("territory.composition.bureau")));
            UnorderedList bureau = new UnorderedList();
            bureau.setId("bureau");
            composition
                    .bureau()
                    .forEach(member -> bureau.add(new ListItem(getTranslation(
                            "label.value",
                            getTranslation(
                                    "territory.bureau." + member.position().name()),
                            member.personName()))));
            add(bureau);
        }
        composition.colleges().forEach(this::college);
        // Publishing the audit log's head lets anyone check later that the log was not rewritten.
        var auditHead = auditLog.head(council.storedId());
        Paragraph head = new Paragraph(
                auditHead.seq() == 0
                        ? getTranslation("territory.composition.auditEmpty")
                        : getTranslation(
                                "territory.composition.auditHead",
                                auditHead.toString(),
                                String.valueOf(council.storedId())));
        head.setId("audit-head");
        head.addClassName("audit-head");
        add(head);
    }

    private void college(Composition.CollegeSeats college) {
        H2 heading = new H2(college.college().name());
        Paragraph summary = new Paragraph(getTranslation(
                "territory.composition.seats",
                college.college().seats(),
                college.seats().size(),
                college.vacancies()));
        summary.addClassName("college-summary");
        UnorderedList seats = new UnorderedList();
        seats.addClassName("college-seats");
        for (Composition.Seat seat : college.seats()) {
            ListItem item = new ListItem(new Span(seat.titular().personName()));
            if (seat.titular().status() == MandateStatus.INVITED) {
                item.add(new Span(" " + getTranslation("territory.composition.invited")));
            }
            if (seat.substitute() != null) {
                item.add(new Span(" — "
                        + getTranslation(
                                "territory.composition.substitute",
                                seat.substitute().personName())));
            }
            seats.add(item);
        }
        Div section = new Div(heading, summary, seats);
        section.setId("college-" + college.college().id());
        add(section);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
