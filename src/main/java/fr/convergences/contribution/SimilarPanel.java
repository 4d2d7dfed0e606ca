package fr.convergences.contribution;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.convergences.identity.Actor;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Contributions close to what is being written, so that the writer can support one instead of
 * writing a duplicate. The writer's own contributions are labelled as theirs. A polite live region:
 * screen readers hear that suggestions changed without losing their place.
 */
class SimilarPanel extends Div {

    private static final int LIMIT = 5;
    private static final int MIN_CHARACTERS = 12;

    private final SimilarContributions similar;
    private final Actor writer;
    private final long consultationId;
    private final @Nullable Long editedId;
    private final UnorderedList list = new UnorderedList();

    SimilarPanel(
            SimilarContributions similar,
            Actor writer,
            long consultationId,
            TextField title,
            TextArea body,
            @Nullable Long editedId) {
        this.similar = similar;
        this.writer = writer;
        this.consultationId = consultationId;
        this.editedId = editedId;
        setId("similar-contributions");
        getElement().setAttribute("aria-live", "polite");
        addClassName("similar-panel");
        setVisible(false);
        add(new H3(getTranslation("contribution.similar.title")), list);
        // LAZY sends the text after a short pause in typing, not at every key.
        body.setValueChangeMode(ValueChangeMode.LAZY);
        body.setValueChangeTimeout(300);
        title.setValueChangeMode(ValueChangeMode.LAZY);
        title.setValueChangeTimeout(300);
        title.addValueChangeListener(event -> refresh(title.getValue() + " " + body.getValue()));
        body.addValueChangeListener(event -> refresh(title.getValue() + " " + body.getValue()));
    }

    private void refresh(String text) {
        list.removeAll();
        List<SimilarContributions.Match> matches = text.strip().length() < MIN_CHARACTERS
                ? List.of()
                : similar.similarTo(consultationId, text, LIMIT + 1).stream()
                        .filter(match -> !Objects.equals(match.contributionId(), editedId))
                        .limit(LIMIT)
                        .toList();
        for (SimilarContributions.Match match : matches) {
            Anchor link = new Anchor("contributions/" + match.contributionId(), match.title());
            link.setTarget("_blank");
            ListItem item = new ListItem(link);
            if (writer.isAuthenticated() && writer.accountId().equals(match.authorAccountId())) {
                Span own = new Span(getTranslation("contribution.similar.own"));
                own.addClassName("badge");
                item.add(own);
            }
            item.add(new Span(" " + match.excerpt()));
            list.add(item);
        }
        setVisible(!matches.isEmpty());
    }
}
