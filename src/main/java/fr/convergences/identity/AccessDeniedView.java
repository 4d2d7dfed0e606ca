package fr.convergences.identity;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import fr.convergences.base.ui.MainLayout;
import io.micronaut.context.annotation.Prototype;
import jakarta.servlet.http.HttpServletResponse;

/** Shown instead of a page the person may not open (HTTP 403): refused, not merely hidden. */
// Error views get no automatic layout: without this they would show without navigation or footer.
@ParentLayout(MainLayout.class)
@Prototype
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        H1 title = new H1(getTranslation("identity.denied.title"));
        title.setId("access-denied");
        add(title, new Paragraph(getTranslation("identity.denied.text")), new Anchor("", getTranslation("nav.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("identity.denied.title") + " · " + getTranslation("app.name");
    }
}
