package fr.convergences.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An address whose number is not a number ({@code /motions/abc}): Vaadin's route parameters refuse it with an
 * {@link IllegalArgumentException}. It is a page that does not exist, answered as such (404) and not as a failure
 * of the platform. Anyone can type such addresses, so each must not write an error with its stack trace to the log
 * (security finding 9): one line at INFO, enough to notice a bug that would throw the same exception.
 */
// Error views get no automatic layout: without this they would show without navigation or footer.
@ParentLayout(MainLayout.class)
@Prototype
public class MalformedAddressView extends VerticalLayout
        implements HasDynamicTitle, HasErrorParameter<IllegalArgumentException> {

    private static final Logger LOG = LoggerFactory.getLogger(MalformedAddressView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<IllegalArgumentException> parameter) {
        LOG.info(
                "Malformed address {}: {}",
                event.getLocation().getPath(),
                parameter.getException().getMessage());
        add(new H1(getTranslation("error.notfound.title")), new Paragraph(getTranslation("error.notfound.text")));
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.notfound.title") + " · " + getTranslation("app.name");
    }
}
