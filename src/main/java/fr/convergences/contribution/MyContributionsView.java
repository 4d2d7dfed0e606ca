package fr.convergences.contribution;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.i18n.Messages;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.RequiresSignIn;
import io.micronaut.context.annotation.Prototype;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** "Mes contributions": the person's drafts, then what they published, with its status and the council's answer. */
@Route("mes-contributions")
@RequiresSignIn
@Prototype
public class MyContributionsView extends Div implements HasDynamicTitle {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public MyContributionsView(ContributionService contributions, CurrentUser currentUser) {
        addClassName("prose");
        List<MyContribution> mine = contributions.mine(currentUser.actor());
        // Those who collected contributions offline print, from there, letters for the people they met (a project page:
        // a URL, not a call).
        Anchor letters = new Anchor("lettres", getTranslation("project.letter.link"));
        letters.setId("letters-link");
        add(new H1(getTranslation("contribution.mine.title")), new Paragraph(letters));
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("contribution.mine.none"));
            none.setId("my-contributions-none");
            add(none);
            return;
        }
        List<MyContribution> drafts = mine.stream()
                .filter(item -> item.status() == ContributionStatus.DRAFT)
                .toList();
        List<MyContribution> others = mine.stream()
                .filter(item -> item.status() != ContributionStatus.DRAFT)
                .toList();
        if (!drafts.isEmpty()) {
            add(new H2(getTranslation("contribution.mine.drafts")), list("my-drafts", drafts));
        }
        if (!others.isEmpty()) {
            add(new H2(getTranslation("contribution.mine.published")), list("my-published", others));
        }
    }

    private UnorderedList list(String id, List<MyContribution> items) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        for (MyContribution item : items) {
            List<String> facts = new ArrayList<>();
            facts.add(item.consultationTitle());
            facts.add(getTranslation(
                    "contribution.mine.status." + item.status().name(),
                    Messages.day(item.date().atZone(PARIS).toLocalDate(), getLocale())));
            if (item.hidden()) {
                facts.add(getTranslation("contribution.mine.hidden"));
            }
            facts.add(
                    item.answer() == null
                            ? getTranslation("contribution.mine.noAnswer")
                            : getTranslation(
                                    "contribution.mine.answer",
                                    getTranslation("contribution.answer.status."
                                            + item.answer().name())));
            ListItem entry = new ListItem(
                    new Anchor("contributions/" + item.id(), item.title()), new Paragraph(String.join(" · ", facts)));
            entry.setId("my-contribution-" + item.id());
            list.add(entry);
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contribution.mine.title") + " · " + getTranslation("app.name");
    }
}
