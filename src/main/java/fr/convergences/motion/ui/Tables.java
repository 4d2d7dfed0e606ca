package fr.convergences.motion.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;

/** Plain HTML tables with a caption and column headers, read well by screen readers (results, roll, pairwise table). */
public final class Tables {

    private Tables() {}

    public static NativeTable of(String caption, List<String> header, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        header.forEach(label -> head.addHeaderCell().setText(label));
        head.getHeaderCells().forEach(cell -> cell.getElement().setAttribute("scope", "col"));
        for (List<String> values : rows) {
            NativeTableRow row = table.getBody().addRow();
            for (int i = 0; i < values.size(); i++) {
                if (i == 0) {
                    var cell = row.addHeaderCell();
                    cell.setText(values.get(i));
                    cell.getElement().setAttribute("scope", "row");
                } else {
                    row.addDataCell().setText(values.get(i));
                }
            }
        }
        return table;
    }
}
