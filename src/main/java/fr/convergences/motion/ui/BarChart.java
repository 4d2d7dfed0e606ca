package fr.convergences.motion.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A bar chart in plain HTML and CSS: each bar is a labelled row whose text says the figure, so the chart
 * reads the same with or without sight; the data table beside it gives every number. No script library.
 */
final class BarChart extends Div {

    record Bar(String label, int value) {}

    BarChart(String title, List<Bar> bars) {
        addClassName("bar-chart");
        getElement().setAttribute("role", "figure");
        getElement().setAttribute("aria-label", title);
        int total = Math.max(1, bars.stream().mapToInt(Bar::value).sum());
        int max = Math.max(1, bars.stream().mapToInt(Bar::value).max().orElse(1));
        for (Bar bar : bars) {
            Div row = new Div();
            row.addClassName("bar-row");
            Span label = new Span(
                    bar.label() + " : " + bar.value() + " (" + Math.round(100.0 * bar.value() / total) + " %)");
            label.addClassName("bar-label");
            Div fill = new Div();
            fill.addClassName("bar-fill");
            fill.getStyle()
                    .set("width", (100.0 * bar.value() / max) + "%")
                    .set("background", "#1d4f91")
                    .set("height", "0.9em")
                    .set("min-width", bar.value() > 0 ? "2px" : "0");
            fill.getElement().setAttribute("aria-hidden", "true");
            row.add(label, fill);
            add(row);
        }
    }
}
