package fr.convergences.contribution;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/** The writer's own drafts in this consultation, each leading to its edit page. Shown to the writer only. */
public class DraftList extends Div {

    public DraftList(List<Contribution> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        setId("my-drafts");
        add(new H3(getTranslation("contribution.drafts.title")));
        UnorderedList list = new UnorderedList();
        drafts.forEach(draft ->
                list.add(new ListItem(new Anchor("contributions/" + draft.id() + "/modifier", draft.title()))));
        add(list);
    }
}
