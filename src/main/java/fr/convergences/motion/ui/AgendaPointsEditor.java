package fr.convergences.motion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.motion.model.AgendaPoint;
import fr.convergences.motion.model.DocumentLink;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The agenda's points that are not motions, in the sitting form: one row each (kind, title, rank among the motions,
 * documents as links typed like a motion's attachments), added and removed in place. What is typed goes to the service as it is: the service checks it.
 */
class AgendaPointsEditor extends Div {

    private record Row(
            Div line, Select<AgendaPoint.Kind> kind, TextField title, IntegerField rank, TextArea documents) {}

    private final List<Row> rows = new ArrayList<>();
    private final Div lines = new Div();

    AgendaPointsEditor() {
        setId("agenda-points");
        lines.setId("agenda-point-rows");
        Button add = new Button(getTranslation("motion.agenda.point.add"), click -> addRow(null));
        add.setId("agenda-point-add");
        add(new H3(getTranslation("motion.agenda.point.heading")), lines, add);
    }

    void setValue(List<AgendaPoint> points) {
        rows.clear();
        lines.removeAll();
        points.forEach(this::addRow);
    }

    List<AgendaPoint> getValue() {
        return rows.stream()
                .map(row -> new AgendaPoint(
                        row.kind().getValue(),
                        row.title().getValue(),
                        row.rank().getValue(),
                        MotionFormView.lines(row.documents().getValue()).stream()
                                .map(MotionFormView::attachment)
                                .map(link -> DocumentLink.written(link.label(), link.url()))
                                .toList()))
                .toList();
    }

    private void addRow(@Nullable AgendaPoint point) {
        int index = rows.size() + 1;
        Select<AgendaPoint.Kind> kind = new Select<>();
        kind.setLabel(getTranslation("motion.agenda.point.kind"));
        kind.setItems(AgendaPoint.Kind.values());
        kind.setItemLabelGenerator(value -> getTranslation("motion.agenda.point.kind." + value.name()));
        kind.setValue(point == null ? AgendaPoint.Kind.INFORMATION : point.kind());
        kind.setId("agenda-point-kind-" + index);
        TextField title = new TextField(getTranslation("motion.agenda.point.title"));
        title.setMaxLength(AgendaPoint.TITLE_MAX_LENGTH);
        title.setValue(point == null || point.title() == null ? "" : point.title());
        title.setId("agenda-point-title-" + index);
        IntegerField rank = new IntegerField(getTranslation("motion.agenda.point.rank"));
        rank.setMin(1);
        rank.setHelperText(getTranslation("motion.agenda.point.rank.help"));
        rank.setValue(point == null ? null : point.rank());
        rank.setId("agenda-point-rank-" + index);
        TextArea documents = new TextArea(getTranslation("motion.agenda.point.documents"));
        documents.setHelperText(getTranslation("motion.agenda.point.documents.help"));
        documents.setValue(
                point == null
                        ? ""
                        : String.join(
                                "\n",
                                point.documents().stream()
                                        .map(link -> link.label() + " | " + link.url())
                                        .toList()));
        documents.setId("agenda-point-documents-" + index);
        Div line = new Div();
        Row row = new Row(line, kind, title, rank, documents);
        Button remove = new Button(getTranslation("motion.agenda.point.remove"), click -> {
            rows.remove(row);
            lines.remove(line);
        });
        remove.setId("agenda-point-remove-" + index);
        line.add(kind, title, rank, documents, remove);
        line.addClassName("agenda-point");
        rows.add(row);
        lines.add(line);
    }
}
