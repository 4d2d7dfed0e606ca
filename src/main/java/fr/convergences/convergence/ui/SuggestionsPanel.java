package fr.convergences.convergence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.base.UserFacingException;
import fr.convergences.convergence.SuggestionService;
import fr.convergences.convergence.SuggestionStore;
import fr.convergences.identity.Actor;
import java.util.List;

/** For moderators: contributions that arrived after clustering, each offered to a confirmed convergence, to add or refuse. */
class SuggestionsPanel extends Div {

    SuggestionsPanel(
            SuggestionService suggestions,
            Actor actor,
            List<SuggestionStore.Suggestion> pending,
            CurationForms.Page page) {
        setId("convergence-suggestions");
        addClassNames("card", "convergence-suggestions");
        add(
                new H2(getTranslation("convergence.suggestions.title", pending.size())),
                new Paragraph(getTranslation("convergence.suggestions.help")));
        UnorderedList list = new UnorderedList();
        for (SuggestionStore.Suggestion suggestion : pending) {
            long id = suggestion.contributionId();
            Button accept = new Button(getTranslation("convergence.suggestion.accept"), click -> {
                try {
                    suggestions.accept(actor, id);
                    page.curated(new CurationForms.Done(
                            suggestion.convergenceId(),
                            getTranslation(
                                    "convergence.suggestion.accepted",
                                    suggestion.title(),
                                    suggestion.convergenceLabel()),
                            null));
                } catch (UserFacingException refusal) {
                    page.refused(refusal);
                }
            });
            accept.setId("suggestion-accept-" + id);
            Button refuse = new Button(getTranslation("convergence.suggestion.refuse"), click -> {
                try {
                    suggestions.refuse(actor, id);
                    page.curated(new CurationForms.Done(
                            null,
                            getTranslation(
                                    "convergence.suggestion.refused",
                                    suggestion.title(),
                                    suggestion.convergenceLabel()),
                            null));
                } catch (UserFacingException refusal) {
                    page.refused(refusal);
                }
            });
            refuse.setId("suggestion-refuse-" + id);
            ListItem item = new ListItem(
                    new Anchor("contributions/" + id, suggestion.title()),
                    new Paragraph(getTranslation("convergence.suggestion.to", suggestion.convergenceLabel())),
                    accept,
                    refuse);
            item.setId("suggestion-" + id);
            list.add(item);
        }
        add(list);
    }
}
