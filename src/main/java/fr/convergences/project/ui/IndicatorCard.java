package fr.convergences.project.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fr.convergences.motion.ui.Tables;
import fr.convergences.project.Dashboard;
import fr.convergences.project.Indicator;
import fr.convergences.project.Measurement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One indicator on the public dashboard: what it measures and how, its co-adoption, the chart of its territory-level
 * measurements against the target, and the table of every value beside it (territory and communes).
 */
class IndicatorCard extends Div {

    IndicatorCard(Dashboard.Entry entry, Map<String, String> communes) {
        this(entry, communes, false);
    }

    /** Nested under a heading of its page (an action's indicators), its title is one level down. */
    IndicatorCard(Dashboard.Entry entry, Map<String, String> communes, boolean nested) {
        Indicator indicator = entry.indicator();
        setId("indicator-" + indicator.id());
        addClassNames("card", "indicator-card");
        add(nested ? new H3(indicator.name()) : new H2(indicator.name()));
        LocalDate agreedOn = indicator.agreedOn(); // co-adopted exactly when set
        Paragraph agreement = new Paragraph(
                agreedOn != null
                        ? getTranslation("project.dashboard.coAdopted", entry.collegeName(), Dates.of(agreedOn))
                        : getTranslation("project.dashboard.proposed"));
        agreement.setId("indicator-agreement-" + indicator.id());
        add(
                agreement,
                new Paragraph(getTranslation("project.dashboard.definition", indicator.definition())),
                new Paragraph(getTranslation(
                        "project.dashboard.source",
                        indicator.source(),
                        getTranslation(
                                "project.frequency." + indicator.frequency().name()),
                        indicator.owner())),
                new Paragraph(getTranslation(
                        "project.dashboard.baseline",
                        number(indicator.baselineValue()),
                        indicator.unit(),
                        Dates.of(indicator.baselineOn()))),
                new Paragraph(getTranslation(
                        "project.dashboard.target",
                        number(indicator.targetValue()),
                        indicator.unit(),
                        Dates.of(indicator.targetOn()),
                        getTranslation(
                                "project.direction." + indicator.direction().name()))));

        List<SvgLineChart.Point> series = entry.territorySeries().stream()
                .map(m -> new SvgLineChart.Point(m.measuredOn(), m.value()))
                .toList();
        String chartTitle = getTranslation(
                "project.dashboard.chart",
                indicator.name(),
                indicator.unit(),
                series.size(),
                number(indicator.targetValue()),
                Dates.of(indicator.targetOn()));
        // Svg sets the markup as inner HTML, so the browser's parser puts it in the SVG namespace (Html would not).
        Div chart = new Div(new Svg(SvgLineChart.render(
                "chart-" + indicator.id(),
                series,
                new SvgLineChart.Point(indicator.baselineOn(), indicator.baselineValue()),
                new SvgLineChart.Point(indicator.targetOn(), indicator.targetValue()),
                new SvgLineChart.Labels(
                        chartTitle,
                        chartTitle,
                        getTranslation("project.dashboard.chart.baseline"),
                        getTranslation("project.dashboard.chart.target"),
                        this::number,
                        day -> getTranslation("project.dashboard.day", Dates.of(day))))));
        chart.setId("indicator-chart-" + indicator.id());
        chart.addClassName("indicator-chart-box");
        add(chart);

        if (entry.measurements().isEmpty()) {
            add(new Paragraph(getTranslation("project.dashboard.noMeasurement")));
            return;
        }
        List<List<String>> rows = entry.measurements().stream()
                .map(m -> List.of(
                        getTranslation("project.dashboard.day", Dates.of(m.measuredOn())),
                        place(m, communes),
                        number(m.value()),
                        m.provenance()))
                .toList();
        var table = Tables.of(
                getTranslation("project.dashboard.table.caption", indicator.name()),
                List.of(
                        getTranslation("project.dashboard.table.date"), getTranslation("project.dashboard.table.place"),
                        getTranslation("project.dashboard.table.value", indicator.unit()),
                                getTranslation("project.dashboard.table.provenance")),
                rows);
        table.setId("indicator-table-" + indicator.id());
        add(table);
    }

    private String place(Measurement measurement, Map<String, String> communes) {
        return measurement.inseeCode() == null
                ? getTranslation("project.dashboard.territory")
                : communes.getOrDefault(measurement.inseeCode(), measurement.inseeCode());
    }

    private String number(BigDecimal value) {
        return getTranslation("project.dashboard.number", value);
    }
}
