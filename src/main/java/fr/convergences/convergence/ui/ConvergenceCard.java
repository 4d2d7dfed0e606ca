package fr.convergences.convergence.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.ConvergenceStatus;
import fr.convergences.convergence.ConvergenceStore;
import fr.convergences.convergence.StoredConvergence;
import fr.convergences.convergence.VoiceSummary;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One convergence: label, status, its distinct voices and communes, quotes and all its members. Moderators also read the
 * technical figures (organisations, colleges, key terms, cohesion) and the probable duplicates; residents do not, since
 * a cohesion of 0.37 or "0 organisations" says nothing to them. Text only.
 */
class ConvergenceCard extends Div {

    /** {@code curation}: the moderator's tools, or null for readers; {@code motionDraft}: the motion drafting page, or null. */
    ConvergenceCard(
            ConvergenceService.ConvergenceView view, @Nullable CurationForms curation, @Nullable String motionDraft) {
        this(view, curation, motionDraft, false);
    }

    /** {@code onItsPage}: the card is shown on the convergence's own page, which it then does not link to. */
    ConvergenceCard(
            ConvergenceService.ConvergenceView view,
            @Nullable CurationForms curation,
            @Nullable String motionDraft,
            boolean onItsPage) {
        StoredConvergence convergence = view.convergence();
        setId("convergence-" + convergence.id());
        addClassNames("card", "convergence-card");
        H2 label = new H2(convergence.label());
        label.addClassName("convergence-label");
        Span status = new Span(
                getTranslation("convergence.status." + convergence.status().name()));
        status.addClassName("badge");
        add(label, status);
        if (convergence.status() == ConvergenceStatus.CONFIRMED && !onItsPage) {
            // Its own page: what answers it (motions, actions) and the button to follow it.
            Anchor page = new Anchor("convergences/" + convergence.id(), getTranslation("convergence.single.open"));
            page.addClassName("convergence-page-link");
            add(new Paragraph(page));
        }
        Paragraph voices = new Paragraph(VoiceSummary.describe(view.voices(), this::getTranslation)
                + (view.communes() > 0 ? " · " + getTranslation("convergence.communes", view.communes()) : ""));
        voices.addClassName("convergence-voices");
        add(voices);
        if (curation != null) {
            Paragraph figures = new Paragraph(getTranslation(
                    "convergence.figures",
                    view.members().size(),
                    view.organisations(),
                    view.colleges(),
                    view.communes()));
            figures.addClassName("convergence-figures");
            add(
                    figures,
                    new Paragraph(getTranslation("convergence.terms", convergence.terms())),
                    new Paragraph(getTranslation("convergence.cohesion", convergence.score())));
            duplicates(view, curation);
        }
        UnorderedList quotes = new UnorderedList();
        quotes.addClassName("convergence-quotes");
        view.quotes().forEach(quote -> quotes.add(new ListItem("« " + quote.body() + " »")));
        add(quotes);
        UnorderedList members = new UnorderedList();
        view.members()
                .forEach(member -> members.add(
                        new ListItem(new Anchor("contributions/" + member.contributionId(), member.title()))));
        add(new Details(getTranslation("convergence.members", view.members().size()), members));
        if (motionDraft != null && convergence.status() == ConvergenceStatus.CONFIRMED) {
            Anchor propose = new Anchor(
                    motionDraft + "?convergence=" + convergence.id(), getTranslation("convergence.proposeAsMotion"));
            propose.setId("propose-motion-" + convergence.id());
            add(new Paragraph(propose));
        }
        if (curation != null) {
            add(curation);
        }
    }

    /**
     * Pairs of nearly identical texts, for a moderator to check (counted once when nothing says two people wrote them)
     * and merge into one voice; the pairs already merged, which can be separated again.
     */
    private void duplicates(ConvergenceService.ConvergenceView view, CurationForms curation) {
        if (view.voices().probableDuplicates().isEmpty()
                && view.voices().merged().isEmpty()) {
            return;
        }
        Map<Long, String> titles = view.members().stream()
                .collect(Collectors.toMap(
                        ConvergenceStore.Member::contributionId, ConvergenceStore.Member::title, (a, b) -> a));
        Function<Long, Anchor> link = id -> new Anchor("contributions/" + id, titles.getOrDefault(id, "#" + id));
        UnorderedList pairs = new UnorderedList();
        pairs.addClassName("convergence-duplicates");
        view.voices()
                .probableDuplicates()
                .forEach(pair -> pairs.add(new ListItem(
                        new Span(getTranslation("convergence.duplicate") + " "),
                        link.apply(pair.first()),
                        new Span(" · "),
                        link.apply(pair.second()),
                        new Span(" "),
                        curation.duplicateAction(pair, titles, false))));
        view.voices()
                .merged()
                .forEach(pair -> pairs.add(new ListItem(
                        new Span(getTranslation("convergence.duplicate.merged") + " "),
                        link.apply(pair.first()),
                        new Span(" · "),
                        link.apply(pair.second()),
                        new Span(" "),
                        curation.duplicateAction(pair, titles, true))));
        add(pairs);
    }
}
