package fr.convergences.motion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.convergences.motion.model.Minutes;

/**
 * The whole sitting's minutes as they stand, for the secretariat to read before validating them: read-only, framed and
 * labelled as a draft so nobody mistakes it for the published text (which is the PDF, once validated). The minutes are
 * written in the council's language (French) whatever the reader's, so the block says so to screen readers.
 */
class SittingMinutesPreview extends Div {

    SittingMinutesPreview(Minutes draft) {
        setId("sitting-minutes-preview");
        addClassName("minutes-draft");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("motion.sittingMinutes.preview.label"));
        // A dashed frame marks a document that is not final, as a watermark would on paper.
        getStyle()
                .set("border", "2px dashed var(--lumo-contrast-50pct, #777)")
                .set("padding", "0 1em 1em")
                .set("margin", "1em 0");
        Paragraph mark = new Paragraph(getTranslation("motion.sittingMinutes.preview.mark"));
        mark.setId("sitting-minutes-preview-mark");
        mark.getStyle().set("font-weight", "bold");
        add(mark);
        Div document = new Div();
        document.getElement().setAttribute("lang", "fr");
        document.add(new H3(draft.title()));
        draft.heading().forEach(line -> document.add(new Paragraph(line)));
        for (Minutes.Section section : draft.sections()) {
            if (!section.tableHeader().isEmpty()) {
                document.add(
                        new H4(section.title()),
                        Tables.of(section.title(), section.tableHeader(), section.tableRows()));
                continue;
            }
            document.add(new H4(section.title()));
            if (!section.lines().isEmpty()) {
                UnorderedList lines = new UnorderedList();
                section.lines().forEach(line -> lines.add(new ListItem(line)));
                document.add(lines);
            }
        }
        Paragraph signature = new Paragraph(draft.head());
        signature.setId("sitting-minutes-preview-signature");
        document.add(signature);
        add(document);
    }
}
