package fr.convergences.identity.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import fr.convergences.identity.Actor;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "Follow" on a contribution's, a convergence's, a motion's or an action's page: a toggle for signed-in people, and
 * for visitors an invitation to sign in that brings them back to the page.
 */
public class FollowButton extends Div {

    public FollowButton(Follows follows, Actor actor, FollowedKind kind, long subjectId, String pagePath) {
        setId("follow");
        if (!actor.isAuthenticated()) {
            Anchor invitation = new Anchor(
                    "connexion?retour=" + URLEncoder.encode(pagePath, StandardCharsets.UTF_8),
                    getTranslation("follow.signIn"));
            invitation.setId("follow-sign-in");
            add(invitation);
            return;
        }
        Button toggle = new Button();
        toggle.setId("follow-toggle");
        Div state = new Div();
        state.setId("follow-state");
        Runnable show = () -> {
            boolean following = follows.follows(actor, kind, subjectId);
            toggle.setText(getTranslation(following ? "follow.stop" : "follow.button"));
            toggle.getElement().setAttribute("aria-pressed", String.valueOf(following));
            state.setText(following ? getTranslation("follow.following") : "");
        };
        toggle.addClickListener(click -> {
            if (follows.follows(actor, kind, subjectId)) {
                follows.unfollow(actor, kind, subjectId);
            } else {
                follows.follow(actor, kind, subjectId);
            }
            show.run();
        });
        show.run();
        add(toggle, state);
    }
}
