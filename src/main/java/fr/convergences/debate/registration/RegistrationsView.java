package fr.convergences.debate.registration;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.debate.DebateDetails;
import fr.convergences.debate.DebateService;
import fr.convergences.debate.LiveRefresh;
import fr.convergences.debate.Registration;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;

/**
 * The debate's registrants, with their contact details (for its organiser and the council's admins only): the list,
 * the list for the door as CSV, registering someone who has no e-mail, and cancelling someone's registration.
 */
@Route("debats/:id/inscriptions")
@StyleSheet("styles/debate.css")
@Prototype
public class RegistrationsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<String> COLUMNS = List.of("name", "email", "phone", "status", "date", "present");

    private final DebateService debates;
    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final LiveRefresh live = new LiveRefresh();

    public RegistrationsView(DebateService debates, RegistrationService registrations, CurrentUser currentUser) {
        this.debates = debates;
        this.registrations = registrations;
        this.currentUser = currentUser;
        addClassName("debate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        List<Registration> registrants;
        DebateDetails details;
        try {
            registrants = registrations.registrants(actor, id);
            details = debates.details(actor, id);
        } catch (UserFacingException refusal) {
            if (refusal.isUnknown()) {
                throw refusal; // the refusal page answers 404 (issue 18)
            }
            throw new AccessDeniedException(Action.MANAGE_DEBATE_REGISTRATIONS);
        }
        StatusMessage status = new StatusMessage();
        status.setId("registrations-status");
        Paragraph counts = new Paragraph(getTranslation(
                "debate.registrations.counts",
                details.confirmed(),
                details.debate().capacity(),
                details.waiting()));
        counts.setId("registrations-counts");
        List<String> headers = COLUMNS.stream()
                .map(column -> getTranslation("debate.registrations.column." + column))
                .toList();
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(download -> {
                    byte[] bytes = registrations.doorList(
                            actor, id, headers, value -> getTranslation("debate.registrations.status." + value.name()));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "inscrits-debat-" + id + ".csv",
                            "text/csv; charset=utf-8",
                            bytes.length);
                }),
                getTranslation("debate.registrations.csv"));
        csv.setId("door-list-csv");
        // Registrations arrive while the organiser has the list open: the counts follow without a reload.
        live.follow(this, () -> {
            DebateDetails fresh = debates.details(actor, id);
            counts.setText(getTranslation(
                    "debate.registrations.counts",
                    fresh.confirmed(),
                    fresh.debate().capacity(),
                    fresh.waiting()));
        });
        add(
                new H1(getTranslation("debate.registrations.title")),
                new Anchor("debats/" + id, details.debate().title()),
                status,
                counts,
                new Paragraph(csv),
                table(registrants, details, actor, status));
        if (registrations.acceptsRegistrations(id)) {
            add(onBehalf(actor, id, status));
        }
    }

    private NativeTable table(
            List<Registration> registrants, DebateDetails details, Actor actor, StatusMessage status) {
        NativeTable table = new NativeTable();
        table.setId("registrants");
        table.addClassNames("data-table", "stacked-table");
        table.setCaptionText(getTranslation("debate.registrations.caption", registrants.size()));
        NativeTableRow head = new NativeTableRow();
        for (String column : COLUMNS.subList(0, 5)) {
            NativeTableHeaderCell cell =
                    new NativeTableHeaderCell(getTranslation("debate.registrations.column." + column));
            cell.getElement().setAttribute("scope", "col");
            head.add(cell);
        }
        NativeTableHeaderCell actions =
                new NativeTableHeaderCell(getTranslation("debate.registrations.column.actions"));
        actions.getElement().setAttribute("scope", "col");
        head.add(actions);
        table.add(new NativeTableHeader(head));
        NativeTableBody body = new NativeTableBody();
        for (Registration registration : registrants) {
            NativeTableCell action = new NativeTableCell();
            if (registration.isActive()
                    && registrations.acceptsRegistrations(
                            Objects.requireNonNull(details.debate().id(), "a stored debate has an id"))) {
                String who = registration.name() == null ? "—" : registration.name();
                String elision = fr.convergences.base.i18n.Elision.keyword(registration.name());
                Button cancel = new Button(
                        getTranslation("debate.registrations.cancel"),
                        click -> Confirmation.ask(
                                getTranslation("debate.registrations.confirmCancel.header"),
                                getTranslation("debate.registrations.confirmCancel.text", who, elision),
                                getTranslation("debate.registrations.confirmCancel.confirm"),
                                getTranslation("debate.registrations.confirmCancel.keep"),
                                "confirm-cancel-registration",
                                () -> {
                                    try {
                                        registrations.cancelOnBehalf(
                                                actor,
                                                Objects.requireNonNull(
                                                        registration.id(), "a stored registration has an id"));
                                        com.vaadin
                                                .flow
                                                .component
                                                .UI
                                                .getCurrent()
                                                .refreshCurrentRoute(false);
                                        Confirmation.show(
                                                getTranslation("debate.registrations.cancelDone", who, elision));
                                    } catch (UserFacingException refusal) {
                                        status.error(refusal);
                                    }
                                }));
                cancel.setId("cancel-registration-" + registration.id());
                cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                cancel.setAriaLabel(getTranslation(
                        "debate.registrations.cancelOf",
                        registration.name() == null ? "—" : registration.name(),
                        fr.convergences.base.i18n.Elision.keyword(registration.name())));
                action.add(cancel);
            }
            action.getElement().setAttribute("data-label", getTranslation("debate.registrations.column.actions"));
            body.add(new NativeTableRow(
                    cell("name", registration.name() == null ? "—" : registration.name()),
                    cell("email", registration.email() == null ? "—" : registration.email()),
                    cell("phone", registration.phone() == null ? "—" : registration.phone()),
                    cell(
                            "status",
                            getTranslation("debate.registrations.status."
                                    + registration.status().name())),
                    cell(
                            "date",
                            fr.convergences.base.i18n.Messages.dayAndTime(
                                    registration.createdAt().atZone(details.zone()), getLocale())),
                    action));
        }
        table.add(body);
        return table;
    }

    /** A cell that says which column it is in: on a narrow screen the rows are shown as cards, each value under its label. */
    private NativeTableCell cell(String column, String text) {
        NativeTableCell cell = new NativeTableCell(text);
        cell.getElement().setAttribute("data-label", getTranslation("debate.registrations.column." + column));
        return cell;
    }

    private Div onBehalf(Actor actor, long id, StatusMessage status) {
        TextField name = new TextField(getTranslation("debate.registrations.onBehalf.name"));
        name.setId("on-behalf-name");
        name.setMaxLength(Registration.NAME_MAX_LENGTH);
        TextField phone = new TextField(getTranslation("debate.registrations.onBehalf.phone"));
        phone.setId("on-behalf-phone");
        phone.setMaxLength(Registration.PHONE_MAX_LENGTH);
        Button add = new Button(getTranslation("debate.registrations.onBehalf.submit"), click -> {
            try {
                registrations.registerOnBehalf(actor, id, name.getValue(), phone.getValue());
                com.vaadin.flow.component.UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        add.setId("on-behalf-submit");
        Div form = new Div(
                new H2(getTranslation("debate.registrations.onBehalf.title")),
                new Paragraph(getTranslation("debate.registrations.onBehalf.intro")),
                name,
                phone,
                add);
        form.addClassName("narrow-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.registrations.title") + " · " + getTranslation("app.name");
    }
}
