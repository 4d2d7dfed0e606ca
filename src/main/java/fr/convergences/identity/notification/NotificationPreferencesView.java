package fr.convergences.identity.notification;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresSignIn;
import io.micronaut.context.annotation.Prototype;

/** One choice per kind of notification: e-mail at once, in a daily digest, or never (in-app always). */
@Route("notifications/preferences")
@RequiresSignIn
@Prototype
public class NotificationPreferencesView extends Div implements HasDynamicTitle {

    public NotificationPreferencesView(NotificationCenter center, CurrentUser currentUser) {
        addClassName("narrow-form");
        Actor actor = currentUser.actor();
        StatusMessage status = new StatusMessage();
        status.setId("preferences-status");
        add(
                new H1(getTranslation("notification.preferences.title")),
                new Paragraph(getTranslation("notification.preferences.intro")),
                status);
        center.preferences(actor).forEach((kind, frequency) -> {
            RadioButtonGroup<Frequency> choice =
                    new RadioButtonGroup<>(getTranslation("notification.kind." + kind.name()));
            choice.setId("preference-" + kind.name());
            choice.setItems(Frequency.values());
            choice.setItemLabelGenerator(value -> getTranslation("notification.frequency." + value.name()));
            choice.setValue(frequency);
            choice.addValueChangeListener(event -> {
                try {
                    center.choose(actor, kind, event.getValue());
                    status.success(getTranslation("notification.preferences.saved"));
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            add(choice);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.preferences.title") + " · " + getTranslation("app.name");
    }
}
