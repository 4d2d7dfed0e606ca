package fr.convergences.project.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class SvgLineChartTest {

    private static final SvgLineChart.Labels LABELS = new SvgLineChart.Labels(
            "Délais <script>alert(1)</script>",
            "Trois mesures & une cible",
            "Référence",
            "Cible",
            BigDecimal::toPlainString,
            LocalDate::toString);

    private static String chart(List<SvgLineChart.Point> points) {
        return SvgLineChart.render(
                "chart-\"7\"",
                points,
                new SvgLineChart.Point(LocalDate.of(2024, 12, 31), new BigDecimal("40")),
                new SvgLineChart.Point(LocalDate.of(2028, 12, 31), new BigDecimal("30")),
                LABELS);
    }

    @Test
    void every_text_is_escaped_and_the_chart_is_well_formed_xml() throws Exception {
        String svg = chart(List.of(new SvgLineChart.Point(LocalDate.of(2025, 6, 30), new BigDecimal("38"))));
        assertThat(svg)
                .doesNotContain("<script>")
                .contains("Délais &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Trois mesures &amp; une cible")
                .contains("chart-&quot;7&quot;-title");
        var document = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement()
                        .getElementsByTagName("title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Délais <script>alert(1)</script>");
    }

    @Test
    void each_measurement_is_a_point_of_the_line_and_the_target_is_drawn() {
        String svg = chart(List.of(
                new SvgLineChart.Point(LocalDate.of(2025, 6, 30), new BigDecimal("38")),
                new SvgLineChart.Point(LocalDate.of(2026, 6, 30), new BigDecimal("35"))));
        assertThat(svg.split("class=\"measure\"", -1)).hasSize(3);
        assertThat(svg)
                .contains("<polyline")
                .contains("stroke-dasharray")
                .contains("Cible 30")
                .contains("role=\"img\"");
    }

    @Test
    void a_lower_value_is_drawn_lower_on_the_chart() {
        String svg = chart(List.of(
                new SvgLineChart.Point(LocalDate.of(2025, 6, 30), new BigDecimal("38")),
                new SvgLineChart.Point(LocalDate.of(2026, 6, 30), new BigDecimal("32"))));
        String[] points = svg.replaceAll("(?s).*points=\"([^\"]+)\".*", "$1").split(" ");
        double firstY = Double.parseDouble(points[0].split(",")[1]);
        double secondY = Double.parseDouble(points[1].split(",")[1]);
        assertThat(secondY).as("SVG's y grows downwards").isGreaterThan(firstY);
    }

    @Test
    void without_measurements_the_chart_still_shows_baseline_and_target() {
        String svg = chart(List.of());
        assertThat(svg).doesNotContain("<polyline").contains("Référence").contains("Cible 30");
    }
}
