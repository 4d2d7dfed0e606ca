package fr.convergences.convergence.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.ConsultationDetails;
import fr.convergences.consultation.ConsultationService;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.DuplicateService;
import fr.convergences.convergence.SuggestionService;
import fr.convergences.convergence.SuggestionStore;
import fr.convergences.identity.Action;
import fr.convergences.identity.Actor;
import fr.convergences.identity.CurrentUser;
import fr.convergences.identity.Permissions;
import fr.convergences.territory.council.CouncilDirectory;
import io.micronaut.context.annotation.Prototype;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consultation's convergences: the same need voiced by different people, organisations and communes. The public
 * sees confirmed ones; moderators also see proposed ones, compute them again and curate them. The synthesis downloads
 * from here.
 */
@Route("consultations/:id/convergences")
@Prototype
public class ConvergencesView extends Div implements BeforeEnterObserver, HasDynamicTitle, CurationForms.Page {

    /**
     * Cards drawn at a time. A consultation of a few thousand contributions has hundreds of convergences; drawn at once
     * with their forms they made a page of tens of thousands of elements that took seconds to open and to redraw.
     */
    public static final int PAGE = 20;

    private final ConvergenceService convergences;
    private final SuggestionService suggestions;
    private final DuplicateService duplicates;
    private final ConsultationService consultations;
    private final CurrentUser currentUser;
    private final Permissions permissions;
    private final CouncilDirectory councils;
    private final StatusMessage status = new StatusMessage();
    private final Div list = new Div();
    private final CurationNotice notice = new CurationNotice();
    private String title = "";
    private Actor actor = Actor.ANONYMOUS;
    private long consultationId;
    private boolean curator;
    /** The motion drafting page, for those who draft motions; null for the others. */
    private @Nullable String motionDraft;
    /** How many cards are drawn: a page at first, more on request; kept when the cards are drawn again after an action. */
    private int shown = PAGE;

    public ConvergencesView(
            ConvergenceService convergences,
            SuggestionService suggestions,
            DuplicateService duplicates,
            ConsultationService consultations,
            CurrentUser currentUser,
            Permissions permissions,
            CouncilDirectory councils) {
        this.duplicates = duplicates;
        this.convergences = convergences;
        this.suggestions = suggestions;
        this.consultations = consultations;
        this.currentUser = currentUser;
        this.permissions = permissions;
        this.councils = councils;
        addClassName("prose");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        consultationId = event.getRouteParameters().getLong("id").orElse(-1L);
        ConsultationDetails details = consultations.details(consultationId);
        actor = currentUser.actor();
        title = getTranslation("convergence.page.title", details.consultation().title());
        status.setId("convergence-status");
        add(
                new Anchor(
                        "consultations/" + consultationId,
                        details.consultation().title()),
                new H1(title),
                new Paragraph(getTranslation("convergence.page.intro")),
                status);
        Anchor markdown = new Anchor(
                "/api/consultations/" + consultationId + "/synthese.md",
                getTranslation("convergence.synthesis.markdown"));
        markdown.setId("synthesis-markdown");
        Anchor pdf = new Anchor(
                "/api/consultations/" + consultationId + "/synthese.pdf", getTranslation("convergence.synthesis.pdf"));
        pdf.setId("synthesis-pdf");
        Anchor themesLink = new Anchor("consultations/" + consultationId + "/themes", getTranslation("theme.link"));
        themesLink.setId("themes-link");
        Anchor synthesisLink =
                new Anchor("consultations/" + consultationId + "/synthese", getTranslation("synthesis.link"));
        synthesisLink.setId("synthesis-link");
        add(new Paragraph(markdown), new Paragraph(pdf), new Paragraph(themesLink), new Paragraph(synthesisLink));
        curator = convergences.canCurate(actor, consultationId);
        if (curator) {
            Button compute = new Button(getTranslation("convergence.compute"), click -> {
                try {
                    int proposed = convergences.compute(actor, consultationId);
                    status.success(getTranslation("convergence.computed", proposed));
                    UI.getCurrent().getPage().reload();
                } catch (UserFacingException refusal) {
                    status.error(refusal);
                }
            });
            compute.setId("convergence-compute");
            compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            compute.setDisableOnClick(true);
            add(new Paragraph(getTranslation("convergence.compute.help")), compute);
        }
        motionDraft = motionDraftPath(actor, details.consultation().councilId());
        list.setId("convergences");
        add(list, notice);
        shown = PAGE;
        // ?convergence=<id> (a link to one card, e.g. from its motion or a notification) draws the cards down to it and
        // scrolls to it, since it may lie past the first page.
        Long linked = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("convergence")
                .filter(value -> value.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .orElse(null);
        renderCards(linked);
        if (linked != null) {
            scrollTo(linked);
        }
    }

    private void scrollTo(long convergenceId) {
        list.getChildren()
                .filter(card -> card.getId()
                        .filter(("convergence-" + convergenceId)::equals)
                        .isPresent())
                .findFirst()
                .ifPresent(card -> card.getElement().executeJs("this.scrollIntoView({block: 'start'})"));
    }

    /**
     * Draws the cards from what the service says now, the first {@link #shown} of them. Called after each curation
     * action too, in place of a reload: the page keeps its scroll position, and the card acted on is brought back into
     * view (drawn after the others if the action moved it past the cards shown).
     */
    private void renderCards(@Nullable Long focus) {
        list.removeAll();
        List<SuggestionStore.Suggestion> pending = suggestions.pending(actor, consultationId);
        if (!pending.isEmpty()) {
            list.add(new SuggestionsPanel(suggestions, actor, pending, this));
        }
        List<ConvergenceService.ConvergenceView> found = convergences.list(actor, consultationId, 3);
        if (found.isEmpty()) {
            list.add(new Paragraph(getTranslation(curator ? "convergence.none.curator" : "convergence.none")));
        }
        // The card a link or an action names is drawn even when it lies past the cards shown, after them, rather than
        // every card down to it: with a few hundred convergences that made a page too large to open in time.
        List<ConvergenceService.ConvergenceView> drawn =
                new ArrayList<>(found.subList(0, Math.min(shown, found.size())));
        found.stream()
                .skip(shown)
                .filter(view -> focus != null && focus.equals(view.convergence().id()))
                .findFirst()
                .ifPresent(drawn::add);
        drawn.forEach(view -> list.add(new ConvergenceCard(
                view,
                curator ? new CurationForms(convergences, duplicates, actor, view, found, this) : null,
                motionDraft)));
        int rest = found.size() - shown;
        if (rest > 0) {
            Button more = new Button(getTranslation("convergence.more", Math.min(PAGE, rest), rest), click -> {
                int first = shown;
                shown += PAGE;
                renderCards(null);
                // The first new card takes the focus, so that keyboard and screen-reader users go on reading from
                // there.
                list.getChildren()
                        .filter(card -> card.getClassNames().contains("convergence-card"))
                        .skip(first)
                        .findFirst()
                        .ifPresent(card ->
                                card.getElement().executeJs("this.setAttribute('tabindex', '-1'); this.focus()"));
            });
            more.setId("convergence-more");
            list.add(more);
        }
    }

    @Override
    public void curated(CurationForms.Done done) {
        status.clear();
        renderCards(done.focus());
        if (done.focus() != null) {
            scrollTo(done.focus());
        }
        Runnable undo = done.undo();
        notice.show(
                done.message(),
                undo == null
                        ? null
                        : () -> {
                            try {
                                undo.run();
                            } catch (UserFacingException refusal) {
                                refused(refusal);
                            }
                        },
                false);
    }

    @Override
    public void refused(UserFacingException refusal) {
        notice.show(getTranslation(refusal.messageKey(), refusal.arguments()), null, true);
    }

    /**
     * The motion drafting page of the council, for those who draft motions (the secretariat): a confirmed convergence
     * is proposed as a motion from its card. A URL, not a call: motion is to the right of convergence.
     */
    private @Nullable String motionDraftPath(Actor actor, long councilId) {
        return permissions.allows(actor, Action.DRAFT_MOTION, councilId)
                ? "conseils/" + councils.slugOf(councilId) + "/motions/nouvelle"
                : null;
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
