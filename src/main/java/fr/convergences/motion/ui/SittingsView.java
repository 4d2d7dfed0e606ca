package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.motion.application.MotionDetails;
import fr.convergences.motion.application.SittingForm;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.Sitting;
import fr.convergences.motion.model.SittingMode;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Prototype;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/** A council's sittings, and for its secretariat the form that convenes one with its agenda. */
@Route("conseils/:slug/seances")
@Prototype
public class SittingsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CouncilDirectory directory;
    private final SittingService sittings;
    private final CurrentUser currentUser;
    private String title = "";

    public SittingsView(CouncilDirectory directory, SittingService sittings, CurrentUser currentUser) {
        this.directory = directory;
        this.sittings = sittings;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Council council =
                directory.bySlug(event.getRouteParameters().get("slug").orElse(""));
        long councilId = StoredId.of(council.id());
        Actor actor = currentUser.actor();
        title = getTranslation("motion.sittings.title", council.name());
        add(
                new H1(title),
                new Anchor(
                        "conseils/" + council.slug() + "/decisions",
                        getTranslation("motion.decisions.title", council.name())));
        UnorderedList list = new UnorderedList();
        list.setId("sittings");
        // In the council's territory's time zone, named: a sitting in La Réunion is not at Paris time.
        java.time.ZoneId zone = directory.zoneOf(council);
        for (Sitting sitting : sittings.sittings(councilId)) {
            list.add(new ListItem(
                    new Anchor("seances/" + sitting.id(), sitting.title()),
                    new Paragraph(
                            fr.convergences.base.i18n.Messages.moment(
                                            sitting.startsAt().atZone(zone), getLocale()) + " · "
                                    + getTranslation("motion.sitting.mode."
                                            + sitting.mode().name())
                                    + (sitting.status() == Sitting.Status.CANCELLED
                                            ? " · " + getTranslation("motion.sitting.status.CANCELLED")
                                            : ""))));
        }
        add(list.getComponentCount() == 0 ? new Paragraph(getTranslation("motion.sittings.none")) : list);
        if (sittings.canConvene(actor, councilId)) {
            add(conveneForm(actor, council, event), rulesForm(actor, council));
        }
    }

    private Div conveneForm(Actor actor, Council council, BeforeEnterEvent event) {
        long councilId = StoredId.of(council.id());
        StatusMessage status = new StatusMessage();
        status.setId("sitting-status");
        TextField name = new TextField(getTranslation("motion.sitting.field.title"));
        name.setMaxLength(Sitting.TITLE_MAX_LENGTH);
        name.setId("sitting-title");
        Select<SittingMode> mode = new Select<>();
        mode.setLabel(getTranslation("motion.sitting.field.mode"));
        mode.setItems(SittingMode.values());
        mode.setItemLabelGenerator(value -> getTranslation("motion.sitting.mode." + value.name()));
        mode.setValue(SittingMode.HYBRID);
        mode.setId("sitting-mode");
        TextField place = new TextField(getTranslation("motion.sitting.field.place"));
        place.setMaxLength(Sitting.PLACE_MAX_LENGTH);
        place.setId("sitting-place");
        TextField url = new TextField(getTranslation("motion.sitting.field.url"));
        url.setId("sitting-url");
        DateTimePicker start = new DateTimePicker(getTranslation("motion.sitting.field.start"));
        start.setValue(
                LocalDateTime.now().plusDays(7).truncatedTo(ChronoUnit.HOURS).withHour(14));
        start.setId("sitting-start");
        IntegerField notice = new IntegerField(getTranslation("motion.sitting.field.notice"));
        notice.setMin(0);
        notice.setMax(Sitting.MAX_NOTICE_DAYS);
        notice.setValue(sittings.noticeDays(councilId));
        notice.setHelperText(getTranslation("motion.sitting.field.notice.help"));
        notice.setId("sitting-notice");
        MultiSelectComboBox<MotionDetails.Link> agenda =
                new MultiSelectComboBox<>(getTranslation("motion.sitting.field.agenda"));
        agenda.setItems(sittings.agendaCandidates(councilId));
        agenda.setItemLabelGenerator(MotionDetails.Link::title);
        agenda.setId("sitting-agenda");
        AgendaPointsEditor points = new AgendaPointsEditor();
        TextArea urgent = new TextArea(getTranslation("motion.sitting.field.urgent", sittings.noticeDays(councilId)));
        urgent.setMaxLength(SittingService.URGENT_REASON_MAX_LENGTH);
        urgent.setId("sitting-urgent-reason");
        // ?modifier=id edits a sitting before it starts; ?dupliquer=id convenes another like it, at a date still to
        // choose.
        Long editing = sittingParameter(event, "modifier");
        Long copied = editing != null ? editing : sittingParameter(event, "dupliquer");
        H2 heading = new H2(
                getTranslation(editing != null ? "motion.sitting.edit.heading" : "motion.sitting.convene.heading"));
        if (copied != null) {
            SittingForm current = sittings.form(actor, copied);
            name.setValue(current.title());
            mode.setValue(current.mode());
            place.setValue(current.place() == null ? "" : current.place());
            url.setValue(current.onlineUrl() == null ? "" : current.onlineUrl());
            notice.setValue(current.noticeDays());
            agenda.getListDataView()
                    .getItems()
                    .filter(link -> current.motionIds().contains(link.id()))
                    .forEach(agenda::select);
            points.setValue(current.points());
            if (editing != null) {
                start.setValue(current.startsAt());
                urgent.setValue(current.urgentReason() == null ? "" : current.urgentReason());
            }
        }
        Button convene = new Button(
                getTranslation(editing != null ? "motion.sitting.edit.save" : "motion.sitting.convene"), click -> {
                    try {
                        SittingForm form = new SittingForm(
                                name.getValue(),
                                mode.getValue(),
                                place.getValue(),
                                url.getValue(),
                                start.getValue(),
                                notice.getValue(),
                                agenda.getValue().stream()
                                        .map(MotionDetails.Link::id)
                                        .toList(),
                                urgent.getValue(),
                                points.getValue());
                        Sitting sitting = editing != null
                                ? sittings.edit(actor, editing, form)
                                : sittings.convene(actor, councilId, form);
                        UI.getCurrent().navigate("seances/" + sitting.id());
                    } catch (UserFacingException refusal) {
                        status.error(refusal);
                    }
                });
        convene.setId("sitting-convene");
        Div form = new Div(heading, status, name, mode, place, url, start, notice, agenda, points, urgent, convene);
        form.addClassName("narrow-form");
        return form;
    }

    private static @Nullable Long sittingParameter(BeforeEnterEvent event, String name) {
        return event.getLocation()
                .getQueryParameters()
                .getSingleParameter(name)
                .filter(id -> id.matches("\\d{1,18}"))
                .map(Long::parseLong)
                .orElse(null);
    }

    /** The règlement's delay of convocation, which the secretariat records once for the council. */
    private Div rulesForm(Actor actor, Council council) {
        long councilId = StoredId.of(council.id());
        StatusMessage status = new StatusMessage();
        status.setId("rules-status");
        IntegerField days = new IntegerField(getTranslation("motion.rules.notice.field"));
        days.setMin(0);
        days.setMax(Sitting.MAX_NOTICE_DAYS);
        days.setValue(sittings.noticeDays(councilId));
        days.setId("rules-notice");
        Button save = new Button(getTranslation("motion.rules.notice.save"), click -> {
            try {
                sittings.setNoticeDays(actor, councilId, days.getValue());
                status.success(getTranslation("motion.rules.notice.saved", days.getValue()));
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        save.setId("rules-save");
        Div form = new Div(new H2(getTranslation("motion.rules.heading")), status, days, save);
        form.addClassName("narrow-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
