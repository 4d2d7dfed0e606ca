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

/** Any unexpected failure: a plain, localised message for the person, the details in the log only. */
// Error views get no automatic layout: without this they would show without navigation or footer.
@ParentLayout(MainLayout.class)
@Prototype
public class ErrorView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error("Unexpected error on {}", event.getLocation().getPath(), parameter.getCaughtException());
        add(new H1(getTranslation("error.unexpected.title")), new Paragraph(getTranslation("error.unexpected.text")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.unexpected.title") + " · " + getTranslation("app.name");
    }
}
