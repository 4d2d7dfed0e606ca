package fr.convergences.project.diagnostic;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;

/**
 * The draft's texts: (re)build the sections from the consultation's latest published synthesis, write the
 * introduction, and write each section's text beside the needs it names.
 */
class DiagnosticDraftForm extends Div {

    DiagnosticDraftForm(
            DiagnosticService diagnostics, Actor actor, DiagnosticDetails.Shown shown, StatusMessage status) {
        addClassName("narrow-form");
        long diagnosticId = shown.diagnostic().storedId();
        add(
                new H2(getTranslation("diagnostic.admin.texts")),
                new Paragraph(getTranslation("diagnostic.admin.buildIntro")),
                Forms.button(
                        getTranslation(
                                shown.sections().isEmpty() ? "diagnostic.admin.build" : "diagnostic.admin.rebuild"),
                        "diagnostic-build",
                        status,
                        () -> diagnostics.build(actor, diagnosticId)));
        TextArea introduction = new TextArea(getTranslation("diagnostic.admin.introduction"));
        introduction.setMaxLength(DiagnosticVersion.INTRODUCTION_MAX_LENGTH);
        introduction.setValue(shown.version().introduction());
        introduction.setId("diagnostic-introduction");
        add(
                introduction,
                Forms.button(
                        getTranslation("diagnostic.admin.save"),
                        "diagnostic-introduction-save",
                        status,
                        () -> diagnostics.writeIntroduction(actor, diagnosticId, introduction.getValue())));
        for (DiagnosticDetails.SectionView section : shown.sections()) {
            int position = section.section().position();
            TextArea text = new TextArea(getTranslation(
                    "diagnostic.admin.sectionText", section.section().title()));
            text.setMaxLength(DiagnosticService.SECTION_TEXT_MAX_LENGTH);
            text.setValue(section.section().text());
            text.setId("diagnostic-section-text-" + position);
            UnorderedList needs = new UnorderedList();
            section.needs()
                    .forEach(need -> needs.add(new ListItem(
                            need.need().title() + " — " + need.need().voices())));
            add(
                    new H3(section.section().title()),
                    needs,
                    text,
                    Forms.button(
                            getTranslation("diagnostic.admin.save"),
                            "diagnostic-section-save-" + position,
                            status,
                            () -> diagnostics.writeSection(
                                    actor, section.section().id(), text.getValue())));
        }
    }
}
