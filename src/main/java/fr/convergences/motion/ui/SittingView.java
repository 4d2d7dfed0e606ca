package fr.convergences.motion.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.motion.application.SittingDetails;
import fr.convergences.motion.application.SittingLive;
import fr.convergences.motion.application.SittingMinutesService;
import fr.convergences.motion.application.SittingService;
import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.RollSeat;
import fr.convergences.motion.model.Sitting;
import io.micronaut.context.annotation.Prototype;
import java.util.Objects;

/**
 * A sitting: where and when, its agenda, and its roll (who is present, replaced, represented, excused).
 * Members declare absence, give a proxy or join online; the secretariat checks members in on site.
 */
@Route("seances/:id")
@Prototype
public class SittingView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SittingService sittings;
    private final CurrentUser currentUser;
    private final SittingMinutesService minutes;
    private String title = "";

    public SittingView(SittingService sittings, CurrentUser currentUser, SittingMinutesService minutes) {
        this.sittings = sittings;
        this.currentUser = currentUser;
        this.minutes = minutes;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Actor actor = currentUser.actor();
        StatusMessage status = new StatusMessage();
        status.setId("sitting-page-status");
        SittingDetails page;
        try {
            page = sittings.page(actor, event.getRouteParameters().getLong("id").orElse(-1L));
        } catch (UserFacingException refusal) {
            if (refusal.isUnknown()) {
                throw refusal; // the refusal page answers 404 (issue 18)
            }
            status.error(refusal);
            add(new H1(getTranslation("motion.sitting.unknown")), status);
            return;
        }
        Sitting sitting = page.sitting();
        title = sitting.title();
        Paragraph details = new Paragraph(getTranslation(
                "motion.sitting.details",
                fr.convergences.base.i18n.Messages.moment(sitting.startsAt().atZone(page.zone()), getLocale()),
                getTranslation("motion.sitting.mode." + sitting.mode().name()),
                sitting.place() == null ? "—" : sitting.place()));
        details.setId("sitting-details");
        add(
                new Anchor("conseils/" + page.councilSlug() + "/seances", getTranslation("motion.sittings.back")),
                new H1(title),
                details,
                status);
        Anchor ics = new Anchor("api/sittings/" + sitting.id() + ".ics", getTranslation("motion.sitting.ics"));
        ics.setRouterIgnore(true);
        ics.setId("sitting-ics");
        add(new Paragraph(ics));
        if (page.urgentReason() != null) {
            Paragraph urgent = new Paragraph(getTranslation("motion.sitting.urgentShown", page.urgentReason()));
            urgent.setId("sitting-urgent");
            add(urgent);
        }
        add(new SittingDraftPanel(sittings, actor, page, status));
        if (sitting.onlineUrl() != null) {
            Anchor link = new Anchor(sitting.onlineUrl(), getTranslation("motion.sitting.videoLink"));
            link.getElement().setAttribute("rel", "nofollow noopener");
            add(new Paragraph(link));
        }
        UnorderedList agenda = new UnorderedList();
        agenda.setId("sitting-agenda-list");
        // Motions link to their page; the other points say what they are (information, hearing, questions diverses).
        // Each line's documents (the motion's attachments, or the point's) are listed under it, to read before the
        // sitting.
        page.agenda().forEach(line -> {
            ListItem item = new ListItem(
                    line.motionId() != null
                            ? new Anchor("motions/" + line.motionId(), line.title())
                            : new Span(
                                    getTranslation(AgendaPoint.labelKey(pointKind(line), line.title()), line.title())));
            if (!line.documents().isEmpty()) {
                UnorderedList documents = new UnorderedList();
                documents.addClassName("agenda-documents");
                line.documents().forEach(document -> {
                    Anchor anchor = new Anchor(document.url(), document.label());
                    anchor.getElement().setAttribute("rel", "nofollow noopener");
                    documents.add(new ListItem(anchor));
                });
                item.add(documents);
            }
            agenda.add(item);
        });
        add(new H2(getTranslation("motion.sitting.agenda")), agenda);
        SittingDetails.Mine mine = page.mine();
        if (mine != null && sitting.status() == Sitting.Status.CONVENED) {
            add(mine(actor, page, mine, status));
        }
        if (page.canRecordAttendance() && sitting.status() == Sitting.Status.CONVENED) {
            add(chair(actor, page));
        }
        add(new H2(getTranslation("motion.sitting.roll")), roll(actor, page, status));
        if (page.canConvene() && sitting.status() == Sitting.Status.CONVENED) {
            Button close = new Button(
                    getTranslation("motion.sitting.close"),
                    click -> Confirmation.ask(
                            getTranslation("motion.confirm.closeSitting.header"),
                            getTranslation("motion.confirm.closeSitting.text"),
                            getTranslation("motion.sitting.close"),
                            getTranslation("motion.confirm.cancel"),
                            "confirm-sitting-close",
                            () -> act(status, () -> sittings.close(actor, sitting.storedId()))));
            close.setId("sitting-close");
            add(close);
        }
        add(new SittingMinutesPanel(minutes, actor, sitting.storedId(), page.zone(), status));
    }

    private Div mine(Actor actor, SittingDetails page, SittingDetails.Mine mine, StatusMessage status) {
        long id = page.sitting().storedId();
        Div panel = new Div(new H2(getTranslation("motion.sitting.mine")));
        panel.setId("sitting-mine");
        Paragraph situation = new Paragraph(getTranslation(
                mine.absent()
                        ? "motion.sitting.mine.absent"
                        : mine.present() ? "motion.sitting.mine.present" : "motion.sitting.mine.expected"));
        situation.setId("sitting-mine-state");
        panel.add(situation);
        if (mine.proxyGivenTo() != null) {
            Paragraph given = new Paragraph(getTranslation("motion.sitting.mine.proxyGiven", mine.proxyGivenTo()));
            given.setId("sitting-proxy-given");
            panel.add(given);
            if (page.sitting().mode().allowsOnline()) {
                Paragraph noJoin = new Paragraph(getTranslation("motion.sitting.mine.noJoinProxyGiven"));
                noJoin.setId("sitting-no-join");
                panel.add(noJoin);
            }
            Button revoke = new Button(
                    getTranslation("motion.proxy.revoke"), click -> act(status, () -> sittings.revokeProxy(actor, id)));
            revoke.setId("proxy-revoke");
            panel.add(revoke);
        } else if (mine.absent() && page.sitting().mode().allowsOnline()) {
            Paragraph noJoin = new Paragraph(getTranslation("motion.sitting.mine.noJoinAbsent"));
            noJoin.setId("sitting-no-join");
            panel.add(noJoin);
        }
        if (mine.proxyHeldFor() != null) {
            Paragraph held = new Paragraph(getTranslation(
                    "motion.sitting.mine.proxyHeld",
                    mine.proxyHeldFor(),
                    fr.convergences.base.i18n.Elision.keyword(mine.proxyHeldFor())));
            held.setId("sitting-proxy-held");
            panel.add(held);
        }
        if (!mine.absent() && !mine.present()) {
            Button absent = new Button(
                    getTranslation("motion.sitting.declareAbsence"),
                    click -> act(status, () -> sittings.declareAbsence(actor, id)));
            absent.setId("sitting-absence");
            panel.add(absent);
            if (page.sitting().mode().allowsOnline()) {
                Button join = new Button(
                        getTranslation("motion.attendance.join"), click -> act(status, () -> sittings.join(actor, id)));
                join.setId("sitting-join");
                panel.add(join);
            }
        }
        if (mine.titular() && mine.proxyGivenTo() == null && !mine.present() && !mine.substituteCanSit()) {
            ComboBox<SittingDetails.Member> holder = new ComboBox<>(getTranslation("motion.proxy.holder"));
            holder.setItems(page.possibleHolders());
            holder.setItemLabelGenerator(SittingDetails.Member::name);
            holder.setId("proxy-holder");
            Button give = new Button(
                    getTranslation("motion.proxy.give"),
                    click -> act(status, () -> {
                        if (holder.getValue() == null) {
                            throw new UserFacingException("motion.proxy.holderNotMember");
                        }
                        sittings.giveProxy(actor, id, holder.getValue().accountId());
                    }));
            give.setId("proxy-give");
            Div form = new Div(new Paragraph(getTranslation("motion.proxy.explain")), holder, give);
            form.addClassName("narrow-form");
            panel.add(form);
        }
        return panel;
    }

    /** The chair's screen: presence and quorum as of now, and who came and went, with the times. */
    private Div chair(Actor actor, SittingDetails page) {
        SittingLive live = sittings.live(actor, page.sitting().storedId());
        Paragraph counts =
                new Paragraph(getTranslation("motion.live.counts", live.present(), live.represented(), live.seats()));
        counts.setId("sitting-live-counts");
        Paragraph quorum = new Paragraph(
                live.quorumRule() == null
                        ? getTranslation("motion.live.quorumWaived")
                        : getTranslation(
                                live.quorumReached() ? "motion.live.quorumReached" : "motion.live.quorumMissed",
                                live.quorumRule(),
                                live.presentOrRepresented(),
                                live.seats()));
        quorum.setId("sitting-live-quorum");
        UnorderedList movements = new UnorderedList();
        movements.setId("sitting-movements");
        live.movements()
                .forEach(movement -> movements.add(new ListItem(getTranslation(
                        "motion.live.movement." + movement.kind().name(),
                        fr.convergences.base.i18n.Messages.time(movement.at().atZone(page.zone()), getLocale()),
                        movement.personName()))));
        Div panel = new Div(new H2(getTranslation("motion.live.heading")), counts, quorum);
        if (movements.getComponentCount() > 0) {
            panel.add(movements);
        }
        panel.setId("sitting-live");
        return panel;
    }

    private UnorderedList roll(Actor actor, SittingDetails page, StatusMessage status) {
        UnorderedList list = new UnorderedList();
        list.setId("sitting-roll");
        for (RollSeat seat : page.roll()) {
            // Before the start nobody has missed the sitting yet: a member not checked in is expected, not absent.
            String presence = !page.started() && seat.presence() == RollSeat.Presence.ABSENT
                    ? "motion.presence.expected"
                    : "motion.presence." + seat.presence().name();
            String text = seat.titularName() + " (" + seat.collegeName() + ") : " + getTranslation(presence)
                    + switch (seat.presence()) {
                        case SUBSTITUTED ->
                            " — "
                                    + getTranslation("motion.minutes.substitutedBy", "", seat.substituteName())
                                            .replaceFirst("^, ", "");
                        case REPRESENTED ->
                            " — "
                                    + getTranslation("motion.minutes.representedBy", "", seat.holderName())
                                            .replaceFirst("^, ", "");
                        default -> "";
                    };
            ListItem item = new ListItem(text);
            if (page.canRecordAttendance() && page.sitting().status() == Sitting.Status.CONVENED) {
                if (!seat.titularPresent() && !seat.titularAbsent() && seat.holderAccountId() == null) {
                    Button checkIn = new Button(
                            getTranslation("motion.attendance.checkIn", seat.titularName()),
                            click -> act(
                                    status,
                                    () -> sittings.checkIn(actor, page.sitting().storedId(), seat.seatMandateId())));
                    checkIn.setId("check-in-" + seat.seatMandateId());
                    item.add(checkIn);
                }
                if (seat.titularPresent()) {
                    item.add(leaveButtons(actor, page, status, seat.seatMandateId(), seat.titularName()));
                }
                Long substitute = seat.substituteMandateId();
                if (seat.substitutePresent()) {
                    long present = Objects.requireNonNull(substitute, "a substitute present is the seat's substitute");
                    item.add(leaveButtons(actor, page, status, present, seat.substituteName()));
                }
                if (seat.titularAbsent()
                        && substitute != null
                        && !seat.substitutePresent()
                        && !seat.substituteAbsent()) {
                    long substituteId = substitute;
                    Button checkIn = new Button(
                            getTranslation("motion.attendance.checkIn", seat.substituteName()),
                            click -> act(
                                    status,
                                    () -> sittings.checkIn(actor, page.sitting().storedId(), substituteId)));
                    checkIn.setId("check-in-" + substituteId);
                    item.add(checkIn);
                }
            }
            list.add(item);
        }
        return list;
    }

    private Div leaveButtons(Actor actor, SittingDetails page, StatusMessage status, long mandateId, String name) {
        Button departure = new Button(
                getTranslation("motion.attendance.departure", name),
                click -> act(
                        status,
                        () -> sittings.recordDeparture(actor, page.sitting().storedId(), mandateId)));
        departure.setId("departure-" + mandateId);
        Button undo = new Button(
                getTranslation("motion.attendance.undo", name),
                click -> act(
                        status, () -> sittings.undoCheckIn(actor, page.sitting().storedId(), mandateId)));
        undo.setId("undo-check-in-" + mandateId);
        return new Div(departure, undo);
    }

    /** A line that is not a motion is another point, which always has a kind (questions diverses may lack a title). */
    private static AgendaPoint.Kind pointKind(SittingDetails.AgendaLine line) {
        return Objects.requireNonNull(line.kind(), "an agenda line without a motion is a point, which has a kind");
    }

    private static void act(StatusMessage status, Runnable action) {
        try {
            action.run();
            UI.getCurrent().getPage().reload();
        } catch (UserFacingException refusal) {
            status.error(refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
