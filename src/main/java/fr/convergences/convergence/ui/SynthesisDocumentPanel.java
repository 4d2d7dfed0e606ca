package fr.convergences.convergence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.convergence.SynthesisDocument;
import java.util.List;

/**
 * A synthesis document drawn as a page (published version or preview). Vaadin sets every text as text, so nothing
 * people wrote is interpreted; each quote links to its contribution.
 */
class SynthesisDocumentPanel extends Div {

    SynthesisDocumentPanel(SynthesisDocument document) {
        setId("synthesis-document");
        if (document.withdrawn() > 0) {
            Paragraph withdrawn = new Paragraph(getTranslation("synthesis.withdrawn", document.withdrawn()));
            withdrawn.setId("synthesis-withdrawn");
            add(withdrawn);
        }
        if (!document.differences().isEmpty()) {
            Div differences = new Div(new H2(getTranslation("synthesis.differences", document.previousNumber())));
            differences.setId("synthesis-differences");
            UnorderedList list = new UnorderedList();
            document.differences().forEach(difference -> list.add(new ListItem(difference)));
            differences.add(list);
            add(differences);
        }
        paragraphs(this, document.framing());
        for (SynthesisDocument.Section section : document.themes()) {
            Div theme = new Div(new H2(section.label()));
            theme.addClassName("synthesis-theme");
            paragraphs(theme, section.introduction());
            for (SynthesisDocument.Group group : section.convergences()) {
                theme.add(
                        new H3(group.label()),
                        new Paragraph(getTranslation(
                                "convergence.synthesis.figures",
                                group.voices(),
                                group.communes(),
                                group.contributions())));
                quotes(theme, group.quotes());
            }
            for (SynthesisDocument.Divided divided : section.divergences()) {
                Div divergence = new Div(
                        new H3(getTranslation("synthesis.divergence", divided.label())),
                        new H4(getTranslation("synthesis.inFavour")));
                divergence.addClassName("synthesis-divergence");
                quotes(divergence, divided.inFavour());
                divergence.add(new H4(getTranslation("synthesis.against")));
                quotes(divergence, divided.against());
                theme.add(divergence);
            }
            if (!section.others().isEmpty()) {
                theme.add(new H3(getTranslation("synthesis.others")));
                UnorderedList others = new UnorderedList();
                section.others()
                        .forEach(other -> others.add(
                                new ListItem(new Anchor("contributions/" + other.contribution(), other.title()))));
                theme.add(others);
            }
            add(theme);
        }
        add(new H2(getTranslation("synthesis.sources")));
        UnorderedList sources = new UnorderedList();
        document.sources().organisations().forEach(organisation -> sources.add(new ListItem(organisation)));
        document.sources()
                .residents()
                .forEach(commune -> sources.add(new ListItem(
                        getTranslation("synthesis.residents", commune.commune(), commune.contributions()))));
        add(sources, new H2(getTranslation("synthesis.figures")));
        SynthesisDocument.Figures figures = document.figures();
        Paragraph line = new Paragraph(getTranslation(
                "synthesis.figures.line",
                figures.contributions(),
                figures.voices(),
                figures.communes(),
                figures.colleges(),
                figures.offlinePercent()));
        line.setId("synthesis-figures");
        add(line);
    }

    private void quotes(Div parent, List<SynthesisDocument.Quote> quotes) {
        for (SynthesisDocument.Quote quote : quotes) {
            Paragraph quoted = new Paragraph(
                    new Span("« " + quote.text() + " » — "),
                    new Anchor("contributions/" + quote.contribution(), quote.source()));
            quoted.addClassName("synthesis-quote");
            parent.add(quoted);
        }
    }

    private static void paragraphs(Div parent, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String paragraph : text.split("\\n\\s*\\n")) {
            if (!paragraph.isBlank()) {
                parent.add(new Paragraph(paragraph.strip()));
            }
        }
    }
}
