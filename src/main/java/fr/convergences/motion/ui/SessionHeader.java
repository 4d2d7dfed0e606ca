package fr.convergences.motion.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fr.convergences.base.i18n.Messages;
import fr.convergences.motion.model.VotingSession;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A voting session's title, rules, window (in the territory's time zone) and state. */
class SessionHeader extends Div {

    SessionHeader(VotingSession session, ZoneId zone) {
        add(new H3(getTranslation(
                "motion.session.heading",
                session.id(),
                getTranslation("motion.session.status." + session.status().name()))));
        Paragraph rules = new Paragraph(getTranslation(
                "motion.minutes.rules",
                getTranslation("motion.ballotKind." + session.ballotKind().name()),
                getTranslation("motion.method." + session.method().name()),
                getTranslation("motion.majority." + session.majority().name())
                        + (session.doubleMajority() ? " · " + getTranslation("motion.doubleMajority") : ""),
                session.quorumNumerator() == null
                        ? getTranslation("motion.quorum.none")
                        : session.quorumNumerator() + "/" + session.quorumDenominator(),
                getTranslation("motion.tie." + session.tieRule().name())));
        rules.addClassName("session-rules");
        add(rules);
        if (session.sittingId() != null) {
            add(new Paragraph(
                    new Anchor("seances/" + session.sittingId(), getTranslation("motion.session.inSitting"))));
        }
        if (session.opensAt() != null || session.closesAt() != null) {
            add(new Paragraph(getTranslation(
                    "motion.session.window",
                    when(session.opensAt(), zone),
                    when(session.closesAt(), zone),
                    Messages.zone(zone, getLocale()))));
        }
    }

    private String when(@Nullable Instant instant, ZoneId zone) {
        return instant == null
                ? getTranslation("motion.session.byHand")
                : Messages.dayAndTime(instant.atZone(zone), getLocale());
    }
}
