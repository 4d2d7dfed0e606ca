package fr.convergences.project.diagnostic;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.StoredId;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.consultation.Consultation;
import fr.convergences.identity.Actor;
import java.util.List;

/** Opens the council's diagnostic on one of its consultations, with its title and a first introduction. */
class OpenDiagnosticForm extends Div {

    OpenDiagnosticForm(
            DiagnosticService diagnostics,
            Actor actor,
            long councilId,
            List<Consultation> consultations,
            StatusMessage status) {
        addClassName("narrow-form");
        add(
                new H2(getTranslation("diagnostic.admin.open")),
                new Paragraph(getTranslation("diagnostic.admin.openIntro")));
        Select<Consultation> consultation = new Select<>();
        consultation.setLabel(getTranslation("diagnostic.admin.consultation"));
        consultation.setItems(consultations);
        consultation.setItemLabelGenerator(Consultation::title);
        consultation.setId("diagnostic-consultation");
        TextField title = new TextField(getTranslation("diagnostic.admin.diagnosticTitle"));
        title.setMaxLength(Diagnostic.TITLE_MAX_LENGTH);
        title.setId("diagnostic-title");
        TextArea introduction = new TextArea(getTranslation("diagnostic.admin.introduction"));
        introduction.setMaxLength(DiagnosticVersion.INTRODUCTION_MAX_LENGTH);
        introduction.setId("diagnostic-introduction");
        add(
                consultation,
                title,
                introduction,
                Forms.button(
                        getTranslation("diagnostic.admin.openButton"),
                        "diagnostic-open",
                        status,
                        () -> diagnostics.open(
                                actor,
                                councilId,
                                consultation.getValue() == null
                                        ? -1
                                        : StoredId.of(consultation.getValue().id()),
                                title.getValue(),
                                introduction.getValue())));
    }
}
