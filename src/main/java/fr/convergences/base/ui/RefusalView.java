package fr.convergences.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import fr.convergences.base.UserFacingException;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page opened with something the services refuse, most often an unknown council, debate or motion in the
 * address ({@code /conseils/inconnu/decisions}): the refusal's own localised sentence, with 404 for an unknown
 * thing and 400 otherwise. Anyone can type such addresses, so this is no error of the platform: nothing is logged
 * above DEBUG (an ERROR with its stack trace per request let anyone flood the logs, security finding 9).
 */
// Error views get no automatic layout: without this they would show without navigation or footer.
@ParentLayout(MainLayout.class)
@Prototype
public class RefusalView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<UserFacingException> {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<UserFacingException> parameter) {
        UserFacingException refusal = parameter.getException();
        LOG.debug("Refused {}: {}", event.getLocation().getPath(), refusal.messageKey());
        add(
                new H1(getTranslation("error.notfound.title")),
                new Paragraph(getTranslation(refusal.messageKey(), refusal.arguments())));
        return refusal.isUnknown() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_BAD_REQUEST;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notfound.title") + " · " + getTranslation("app.name");
    }
}
