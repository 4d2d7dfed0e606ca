package fr.convergences.convergence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.i18n.Messages;
import fr.convergences.convergence.RegionalSynthesisService;
import fr.convergences.identity.CurrentUser;
import io.micronaut.context.annotation.Prototype;

/** The published regional syntheses, for everybody; a link to write a new one for those who may. */
@Route("syntheses/regionales")
@Prototype
public class RegionalSynthesesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RegionalSynthesisService regional;
    private final CurrentUser currentUser;

    public RegionalSynthesesView(RegionalSynthesisService regional, CurrentUser currentUser) {
        this.regional = regional;
        this.currentUser = currentUser;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(
                new H1(getTranslation("synthesis.regional.list.title")),
                new Paragraph(getTranslation("synthesis.regional.list.intro")));
        var published = regional.published();
        if (published.isEmpty()) {
            add(new Paragraph(getTranslation("synthesis.regional.list.none")));
        } else {
            UnorderedList list = new UnorderedList();
            list.setId("regional-syntheses");
            published.forEach(synthesis -> list.add(new ListItem(new Anchor(
                    "syntheses/regionales/" + synthesis.id(),
                    getTranslation(
                            "synthesis.regional.list.item",
                            synthesis.title(),
                            synthesis.councils(),
                            synthesis.number(),
                            Messages.day(synthesis.date(), getLocale()))))));
            add(list);
        }
        if (!regional.choices(currentUser.actor()).isEmpty()) {
            Anchor write = new Anchor("syntheses/regionale", getTranslation("synthesis.regional.new"));
            write.setId("regional-new");
            add(new Paragraph(write));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("synthesis.regional.list.title") + " · " + getTranslation("app.name");
    }
}
