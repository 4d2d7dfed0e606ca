package fr.convergences.contribution.moderation;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/**
 * The participation charter, public and short, in plain language: what is expected of everyone who takes part, what
 * the moderators do, how to report and how to appeal. The report and comment forms and the page footer link to it.
 */
@Route(ModerationForms.CHARTER_ROUTE)
@Prototype
public class ParticipationCharterView extends Div implements HasDynamicTitle {

    public ParticipationCharterView() {
        addClassName("prose");
        setId("participation-charter");
        add(
                new H1(getTranslation("moderation.charter.title")),
                new Paragraph(getTranslation("moderation.charter.intro")));
        section("respect", 3);
        section("health", 3);
        section("advertising", 2);
        section("moderators", 4);
        section("report", 2);
        section("appeal", 3);
    }

    private void section(String name, int points) {
        String prefix = "moderation.charter." + name;
        UnorderedList list = new UnorderedList();
        for (int point = 1; point <= points; point++) {
            list.add(new ListItem(getTranslation(prefix + "." + point)));
        }
        add(new H2(getTranslation(prefix + ".title")), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.charter.title") + " · " + getTranslation("app.name");
    }
}
