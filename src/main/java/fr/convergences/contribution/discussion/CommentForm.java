package fr.convergences.contribution.discussion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import fr.convergences.base.PersonalDataDetector;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.contribution.Comment;
import fr.convergences.contribution.MaskedNotice;
import fr.convergences.contribution.Stance;
import fr.convergences.contribution.moderation.ModerationForms;
import fr.convergences.identity.Actor;
import java.util.List;
import java.util.Set;

/** Commenting with a stance, on the contribution or in answer to a comment, under the participation charter. */
class CommentForm extends Div {

    CommentForm(
            DiscussionService discussions,
            Actor actor,
            long contributionId,
            List<Discussion.Thread> threads,
            StatusMessage status) {
        addClassName("narrow-form");
        RadioButtonGroup<Stance> stance = new RadioButtonGroup<>(getTranslation("contribution.comment.stanceLabel"));
        stance.setItems(Stance.values());
        stance.setItemLabelGenerator(value -> getTranslation("contribution.stance." + value.name()));
        stance.setValue(Stance.NEUTRAL);
        stance.setId("comment-stance");
        Select<Discussion.Thread> answering = new Select<>();
        answering.setLabel(getTranslation("contribution.comment.answering"));
        answering.setEmptySelectionAllowed(true);
        answering.setEmptySelectionCaption(getTranslation("contribution.comment.toContribution"));
        // Hidden comments take no replies.
        answering.setItems(
                threads.stream().filter(thread -> !thread.comment().hidden()).toList());
        answering.setItemLabelGenerator(thread -> thread == null
                ? getTranslation("contribution.comment.toContribution")
                : getTranslation(
                        "label.value",
                        thread.authorName(),
                        abbreviate(thread.comment().body())));
        answering.setId("comment-parent");
        TextArea body = new TextArea(getTranslation("contribution.comment.body.label"));
        body.setMaxLength(Comment.BODY_MAX_LENGTH);
        body.setId("comment-body");
        Button send = new Button(getTranslation("contribution.comment.send"), click -> {
            String typed = body.getValue();
            Runnable post = () -> discussions.comment(
                    actor,
                    contributionId,
                    answering.getValue() == null
                            ? null
                            : answering.getValue().comment().id(),
                    stance.getValue(),
                    typed);
            Set<PersonalDataDetector.Kind> masked = discussions.personalDataMaskedInComment(typed);
            if (masked.isEmpty()) {
                ModerationForms.run(status, post);
            } else {
                // Said in words, or the writer finds "[…]" in their comment without knowing why; a route refresh, not a
                // reload, so that the confirmation stays on screen.
                ModerationForms.runAndSay(status, post, MaskedNotice.notKept(this, masked));
            }
        });
        send.setId("comment-send");
        add(stance, answering, body, send, ModerationForms.charterLink(getTranslation("moderation.charter.read")));
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }
}
