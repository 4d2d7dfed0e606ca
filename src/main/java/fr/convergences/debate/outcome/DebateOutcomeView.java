package fr.convergences.debate.outcome;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.CharactersLeft;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.contribution.mediation.AgeBand;
import fr.convergences.debate.Attendance;
import fr.convergences.debate.AttendeeProfile;
import fr.convergences.debate.Debate;
import fr.convergences.debate.DebateService;
import fr.convergences.identity.AccessDeniedException;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;
import java.util.EnumMap;
import java.util.Map;

/** After the debate, its organiser records how many came (optionally by age band and profile, no names) and writes the minutes. */
@Route("debats/:id/compte-rendu")
@StyleSheet("styles/debate.css")
@Prototype
public class DebateOutcomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final DebateService debates;
    private final DebateOutcomeService outcomes;
    private final CurrentUser currentUser;

    public DebateOutcomeView(DebateService debates, DebateOutcomeService outcomes, CurrentUser currentUser) {
        this.debates = debates;
        this.outcomes = outcomes;
        this.currentUser = currentUser;
        addClassName("debate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long id = event.getRouteParameters().getLong("id").orElse(-1L);
        Actor actor = currentUser.actor();
        if (!outcomes.canRecord(actor, id)) {
            throw new AccessDeniedException(Action.RECORD_DEBATE_OUTCOME);
        }
        Debate debate = debates.details(actor, id).debate();
        Attendance recorded = outcomes.attendance(actor, id).orElse(new Attendance(0, Map.of(), Map.of()));
        StatusMessage status = new StatusMessage();
        status.setId("outcome-status");
        IntegerField total = number("debate.outcome.field.total", "attendance-total", recorded.total());
        Div ages = new Div();
        ages.addClassName("count-grid");
        Map<AgeBand, IntegerField> byAge = new EnumMap<>(AgeBand.class);
        for (AgeBand band : AgeBand.values()) {
            byAge.put(
                    band,
                    number(
                            "contribution.ageBand." + band.name(),
                            "attendance-age-" + band.name(),
                            recorded.ageBands().getOrDefault(band, 0)));
            ages.add(byAge.get(band));
        }
        Div profiles = new Div();
        profiles.addClassName("count-grid");
        Map<AttendeeProfile, IntegerField> byProfile = new EnumMap<>(AttendeeProfile.class);
        for (AttendeeProfile profile : AttendeeProfile.values()) {
            byProfile.put(
                    profile,
                    number(
                            "debate.profile." + profile.name(),
                            "attendance-profile-" + profile.name(),
                            recorded.profiles().getOrDefault(profile, 0)));
            profiles.add(byProfile.get(profile));
        }
        Button saveAttendance = new Button(
                getTranslation("debate.outcome.field.saveAttendance"),
                click -> save(
                        status,
                        () -> {
                            Map<AgeBand, Integer> ageCounts = new EnumMap<>(AgeBand.class);
                            byAge.forEach((band, field) ->
                                    ageCounts.put(band, field.getValue() == null ? 0 : field.getValue()));
                            Map<AttendeeProfile, Integer> profileCounts = new EnumMap<>(AttendeeProfile.class);
                            byProfile.forEach((profile, field) ->
                                    profileCounts.put(profile, field.getValue() == null ? 0 : field.getValue()));
                            outcomes.recordAttendance(
                                    actor,
                                    id,
                                    new Attendance(
                                            total.getValue() == null ? -1 : total.getValue(),
                                            ageCounts,
                                            profileCounts));
                        },
                        "debate.outcome.attendanceSaved"));
        saveAttendance.setId("attendance-save");
        saveAttendance.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        TextArea minutes = new TextArea(getTranslation("debate.outcome.field.minutes"));
        minutes.setId("minutes");
        minutes.setValue(debate.minutes() == null ? "" : debate.minutes());
        CharactersLeft.show(minutes, Debate.MINUTES_MAX_LENGTH, "debate.outcome.field.minutes.left");
        Button saveMinutes = new Button(getTranslation("debate.outcome.field.saveMinutes"), click -> {
            // Said with the confirmation, in words, as to contribution writers: the minutes will show "[…]" there.
            java.util.Set<fr.convergences.base.PersonalDataDetector.Kind> masked =
                    outcomes.contactDetailsMasked(minutes.getValue());
            save(
                    status,
                    () -> outcomes.writeMinutes(actor, id, minutes.getValue()),
                    "debate.outcome.minutesSaved",
                    masked.isEmpty() ? "" : " " + fr.convergences.contribution.MaskedNotice.notKept(this, masked));
        });
        saveMinutes.setId("minutes-save");
        saveMinutes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor capture = new Anchor("debats/" + id + "/saisie", getTranslation("debate.tools.capture"));
        capture.setId("outcome-capture-link");
        add(
                new H1(getTranslation("debate.outcome.pageTitle")),
                new Anchor("debats/" + id, debate.title()),
                status,
                new H2(getTranslation("debate.outcome.attendanceTitle")),
                new Paragraph(getTranslation("debate.outcome.attendanceIntro")),
                total,
                new H2(getTranslation("debate.outcome.byAgeTitle")),
                ages,
                new H2(getTranslation("debate.outcome.byProfileTitle")),
                profiles,
                saveAttendance,
                new H2(getTranslation("debate.outcome.minutes")),
                new Paragraph(getTranslation("debate.outcome.minutesIntro")),
                minutes,
                saveMinutes,
                new Paragraph(capture));
    }

    private IntegerField number(String labelKey, String id, int value) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setValue(value);
        field.setMin(0);
        return field;
    }

    private static void save(StatusMessage status, Runnable action, String doneKey) {
        save(status, action, doneKey, "");
    }

    private static void save(StatusMessage status, Runnable action, String doneKey, String more) {
        try {
            action.run();
            status.success(status.getTranslation(doneKey) + more);
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("debate.outcome.pageTitle") + " · " + getTranslation("app.name");
    }
}
