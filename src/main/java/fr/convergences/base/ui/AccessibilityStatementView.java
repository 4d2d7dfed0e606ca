package fr.convergences.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.context.annotation.Value;

/**
 * The accessibility statement (déclaration d'accessibilité) that the RGAA requires on every public
 * service site: conformance status, non-conforming content, how it was established, contact and recourse.
 */
@Route("accessibilite")
@Prototype
public class AccessibilityStatementView extends VerticalLayout implements HasDynamicTitle {

    public AccessibilityStatementView(
            @Value("${convergences.accessibility.contact:accessibilite@convergences.example}") String contact) {
        addClassName("prose");
        add(new H1(getTranslation("a11y.title")));
        add(new Paragraph(getTranslation("a11y.commitment")));
        add(new H2(getTranslation("a11y.status.title")), new Paragraph(getTranslation("a11y.status.text")));
        add(new H2(getTranslation("a11y.nonconforming.title")), list("a11y.nonconforming.1", "a11y.nonconforming.2"));
        add(
                new H2(getTranslation("a11y.established.title")),
                new Paragraph(getTranslation("a11y.established.text")),
                list("a11y.technologies", "a11y.tools", "a11y.environment"));
        add(
                new H2(getTranslation("a11y.contact.title")),
                new Paragraph(getTranslation("a11y.contact.text")),
                new Anchor("mailto:" + contact, contact));
        add(
                new H2(getTranslation("a11y.recourse.title")),
                new Paragraph(getTranslation("a11y.recourse.text")),
                list("a11y.recourse.1", "a11y.recourse.2", "a11y.recourse.3"));
    }

    private UnorderedList list(String... keys) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " · " + getTranslation("app.name");
    }
}
