package fr.convergences.convergence;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.Locale;

/** One convergence: label, status, key terms, the diversity of its sources, quotes and all its members. Text only. */
class ConvergenceCard extends Div {

    /** {@code motionDraft}: the council's motion drafting page when the viewer drafts motions, else null. */
    ConvergenceCard(ConvergenceService.ConvergenceView view, CurationForms curation, String motionDraft) {
        StoredConvergence convergence = view.convergence();
        setId("convergence-" + convergence.id());
        addClassNames("card", "convergence-card");
        H2 label = new H2(convergence.label());
        label.addClassName("convergence-label");
        Span status = new Span(getTranslation("convergence.status." + convergence.status().name()));
        status.addClassName("badge");
        add(label, status);
        add(new Paragraph(getTranslation("convergence.figures", view.members().size(), convergence.sources(), convergence.organisations(),
                convergence.colleges(), convergence.communes())));
        add(new Paragraph(getTranslation("convergence.terms", convergence.terms())));
        add(new Paragraph(getTranslation("convergence.cohesion", String.format(Locale.ROOT, "%.2f", convergence.score()))));
        UnorderedList quotes = new UnorderedList();
        quotes.addClassName("convergence-quotes");
        view.quotes().forEach(quote -> quotes.add(new ListItem("« " + quote.body() + " »")));
        add(quotes);
        UnorderedList members = new UnorderedList();
        view.members().forEach(member -> members.add(new ListItem(new Anchor("contributions/" + member.contributionId(), member.title()))));
        add(new Details(getTranslation("convergence.members", view.members().size()), members));
        if (motionDraft != null && convergence.status() == ConvergenceStatus.CONFIRMED) {
            Anchor propose = new Anchor(motionDraft + "?convergence=" + convergence.id(), getTranslation("convergence.proposeAsMotion"));
            propose.setId("propose-motion-" + convergence.id());
            add(new Paragraph(propose));
        }
        if (curation != null) {
            add(curation);
        }
    }
}
