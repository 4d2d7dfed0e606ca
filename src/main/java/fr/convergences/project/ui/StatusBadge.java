package fr.convergences.project.ui;

import com.vaadin.flow.component.html.Span;
import fr.convergences.project.ActionStatus;
import java.util.Locale;

/** Where an action stands, as a badge whose text says it (the colour only repeats it). */
class StatusBadge extends Span {

    StatusBadge(ActionStatus status) {
        setText(getTranslation("project.status." + status.name()));
        addClassNames("badge", "action-status", "action-status-" + status.name().toLowerCase(Locale.ROOT));
    }
}
