package fr.convergences.project.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A line chart of an indicator's measurements against its baseline and target, rendered on the server as SVG: no
 * script, no paid library, readable by screen readers through its title and description (the data table beside it
 * gives every value). All text is escaped here, for XML (SVG is XML: HTML's named entities would not be valid in it).
 */
public final class SvgLineChart {

    /** A dated value. */
    public record Point(LocalDate date, BigDecimal value) {}

    /** The chart's words and the formats of its numbers and dates, in the reader's language. */
    public record Labels(
            String title,
            String description,
            String baselineWord,
            String targetWord,
            Function<BigDecimal, String> number,
            Function<LocalDate, String> date) {}

    private static final int WIDTH = 640;
    private static final int HEIGHT = 280;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 40;

    private SvgLineChart() {}

    public static String render(String id, List<Point> measurements, Point baseline, Point target, Labels labels) {
        List<Point> all = new ArrayList<>(measurements);
        all.add(baseline);
        all.add(target);
        LocalDate first =
                all.stream().map(Point::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = all.stream().map(Point::date).max(LocalDate::compareTo).orElseThrow();
        double low =
                all.stream().mapToDouble(p -> p.value().doubleValue()).min().orElse(0);
        double high =
                all.stream().mapToDouble(p -> p.value().doubleValue()).max().orElse(1);
        double margin = high == low ? 1 : (high - low) * 0.1;
        double min = low - margin;
        double max = high + margin;
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        Function<Point, double[]> at = p -> new double[] {
            LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, p.date()) / days,
            TOP + (HEIGHT - TOP - BOTTOM) * (max - p.value().doubleValue()) / (max - min)
        };

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"indicator-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-labelledby=\"")
                .append(escape(id))
                .append("-title ")
                .append(escape(id))
                .append("-desc\">");
        svg.append("<title id=\"")
                .append(escape(id))
                .append("-title\">")
                .append(escape(labels.title()))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(escape(id))
                .append("-desc\">")
                .append(escape(labels.description()))
                .append("</desc>");
        int bottom = HEIGHT - BOTTOM;
        svg.append(line(LEFT, TOP, LEFT, bottom, "#555", null))
                .append(line(LEFT, bottom, WIDTH - RIGHT, bottom, "#555", null));
        svg.append(text(
                LEFT - 6,
                TOP + 4,
                "end",
                labels.number().apply(BigDecimal.valueOf(max).setScale(1, java.math.RoundingMode.HALF_UP))));
        svg.append(text(
                LEFT - 6,
                bottom,
                "end",
                labels.number().apply(BigDecimal.valueOf(min).setScale(1, java.math.RoundingMode.HALF_UP))));
        svg.append(text(LEFT, bottom + 18, "start", labels.date().apply(first)));
        svg.append(text(WIDTH - RIGHT, bottom + 18, "end", labels.date().apply(last)));

        double[] goal = at.apply(target);
        svg.append(line(LEFT, goal[1], WIDTH - RIGHT, goal[1], "#1b7f3b", "6 4"));
        svg.append(text(
                WIDTH - RIGHT,
                goal[1] - 6,
                "end",
                labels.targetWord() + " " + labels.number().apply(target.value())));
        double[] base = at.apply(baseline);
        svg.append(String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#fff\" stroke=\"#555\"/>",
                base[0],
                base[1]));
        svg.append(text(base[0] + 6, base[1] - 8, "start", labels.baselineWord()));

        if (!measurements.isEmpty()) {
            StringBuilder points = new StringBuilder();
            for (Point point : measurements) {
                double[] xy = at.apply(point);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", xy[0], xy[1]));
            }
            svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"#1d4f91\" stroke-width=\"2\" points=\"")
                    .append(points.toString().strip())
                    .append("\"/>");
            for (Point point : measurements) {
                double[] xy = at.apply(point);
                svg.append(String.format(
                        Locale.ROOT,
                        "<circle class=\"measure\" cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"#1d4f91\"/>",
                        xy[0],
                        xy[1]));
            }
        }
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, @Nullable String dashes) {
        return String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
                x1,
                y1,
                x2,
                y2,
                colour,
                dashes == null ? "" : " stroke-dasharray=\"" + dashes + "\"");
    }

    private static String text(double x, double y, String anchor, String content) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"12\" fill=\"#222\">%s</text>",
                x,
                y,
                anchor,
                escape(content));
    }

    /** XML's five special characters, for text and attribute values alike. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
