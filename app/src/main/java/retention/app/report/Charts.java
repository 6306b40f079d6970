package retention.app.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import retention.batch.measure.Uplift;

/**
 * The report's charts as inline SVG, drawn on the server so that the file needs no script and no network.
 */
final class Charts {

    private static final int WIDTH = 460;
    private static final int HEIGHT = 220;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 24;
    private static final int BOTTOM = 28;

    private Charts() {
    }

    /** A line per group of a rate (0..1) over the nights, with its legend. */
    static String lines(String title, Map<String, List<Map.Entry<LocalDate, Double>>> series, boolean percent) {
        StringBuilder svg = open(WIDTH, HEIGHT + 20 * ((series.size() + 3) / 4), title);
        LocalDate first = series.values().stream().flatMap(List::stream).map(Map.Entry::getKey).min(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        LocalDate last = series.values().stream().flatMap(List::stream).map(Map.Entry::getKey).max(LocalDate::compareTo)
                .orElse(LocalDate.EPOCH);
        double max = series.values().stream().flatMap(List::stream).mapToDouble(Map.Entry::getValue).max().orElse(1);
        double min = Math.min(0, series.values().stream().flatMap(List::stream).mapToDouble(Map.Entry::getValue).min()
                .orElse(0));
        max = max <= min ? min + 1 : max;
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        axes(svg, min, max, percent, plotHeight);
        svg.append(Svg.text(LEFT, HEIGHT - 8, "start", "tick", first.toString()));
        svg.append(Svg.text(WIDTH - RIGHT, HEIGHT - 8, "end", "tick", last.toString()));
        int i = 0;
        for (Map.Entry<String, List<Map.Entry<LocalDate, Double>>> s : series.entrySet()) {
            String colour = Svg.COLOURS[i % Svg.COLOURS.length];
            StringBuilder points = new StringBuilder();
            StringBuilder dots = new StringBuilder();
            for (Map.Entry<LocalDate, Double> p : s.getValue()) {
                double x = LEFT + plotWidth * ChronoUnit.DAYS.between(first, p.getKey()) / days;
                double y = TOP + plotHeight * (1 - (p.getValue() - min) / (max - min));
                points.append(Svg.num(x)).append(',').append(Svg.num(y)).append(' ');
                // A dot per night as well: a single night draws no line.
                dots.append("<circle cx=\"").append(Svg.num(x)).append("\" cy=\"").append(Svg.num(y))
                        .append("\" r=\"2.5\" fill=\"").append(colour).append("\"/>");
            }
            svg.append(dots);
            svg.append("<polyline class=\"series\" fill=\"none\" stroke=\"").append(colour)
                    .append("\" stroke-width=\"2\" points=\"").append(points.toString().trim()).append("\"><title>")
                    .append(Svg.escape(s.getKey())).append("</title></polyline>");
            double lx = LEFT + (i % 4) * 105;
            double ly = HEIGHT + 6 + 20 * (i / 4);
            svg.append("<rect x=\"").append(Svg.num(lx)).append("\" y=\"").append(Svg.num(ly)).append("\" width=\"10\" "
                    + "height=\"10\" fill=\"").append(colour).append("\"/>");
            svg.append(Svg.text(lx + 14, ly + 9, "start", "legend", s.getKey()));
            i++;
        }
        return svg.append("</svg>").toString();
    }

    /** Each rule's uplift as a dot with its 95% interval, and the zero line: a bar that crosses it proves nothing. */
    static String intervals(String title, List<Uplift> rows) {
        List<Uplift> known = rows.stream().filter(u -> u.difference() != null).toList();
        int labelWidth = 300;
        int width = 760;
        int height = TOP + 26 * Math.max(1, known.size()) + BOTTOM;
        StringBuilder svg = open(width, height, title);
        double low = Math.min(-0.01, known.stream().mapToDouble(u -> u.difference().lower()).min().orElse(-0.05));
        double high = Math.max(0.01, known.stream().mapToDouble(u -> u.difference().upper()).max().orElse(0.05));
        double plotLeft = labelWidth;
        double plotWidth = width - labelWidth - 20;
        Function<Double, Double> x = v -> plotLeft + plotWidth * (v - low) / (high - low);
        svg.append(Svg.line(x.apply(0.0), TOP - 6, x.apply(0.0), height - BOTTOM + 4, "stroke:#444;stroke-dasharray:4 3"));
        svg.append(Svg.text(x.apply(low), height - 8, "start", "tick", points(low)));
        svg.append(Svg.text(x.apply(0.0), height - 8, "middle", "tick", "0"));
        svg.append(Svg.text(x.apply(high), height - 8, "end", "tick", points(high)));
        for (int i = 0; i < known.size(); i++) {
            Uplift u = known.get(i);
            double y = TOP + 26 * i + 13;
            String colour = switch (u.verdict()) {
                case WORKS -> "#2ca02c";
                case NO_EVIDENCE -> "#d62728";
                case TOO_EARLY -> "#7f7f7f";
            };
            svg.append(Svg.text(labelWidth - 8, y + 4, "end", "label", shorten(u.name(), 46)));
            svg.append(Svg.line(x.apply(u.difference().lower()), y, x.apply(u.difference().upper()), y,
                    "stroke:" + colour + ";stroke-width:3"));
            svg.append("<circle class=\"estimate\" cx=\"").append(Svg.num(x.apply(u.difference().estimate())))
                    .append("\" cy=\"").append(Svg.num(y)).append("\" r=\"5\" fill=\"").append(colour)
                    .append("\"><title>").append(Svg.escape(u.name() + ": " + u.summary())).append("</title></circle>");
        }
        return svg.append("</svg>").toString();
    }

    /** A horizontal bar per rule, right of zero for revenue gained, left for revenue lost. */
    static String bars(String title, List<Uplift> rows, ToDoubleFunction<Uplift> value) {
        int labelWidth = 300;
        int width = 760;
        int height = TOP + 26 * Math.max(1, rows.size()) + BOTTOM;
        StringBuilder svg = open(width, height, title);
        double low = Math.min(0, rows.stream().mapToDouble(value).min().orElse(0));
        double high = Math.max(0, rows.stream().mapToDouble(value).max().orElse(0));
        if (high == low) {
            high = low + 1;
        }
        double plotWidth = width - labelWidth - 90;
        double span = high - low;
        double finalLow = low;
        Function<Double, Double> x = v -> labelWidth + plotWidth * (v - finalLow) / span;
        svg.append(Svg.line(x.apply(0.0), TOP - 6, x.apply(0.0), height - BOTTOM + 4, "stroke:#444"));
        for (int i = 0; i < rows.size(); i++) {
            Uplift u = rows.get(i);
            double v = value.applyAsDouble(u);
            double y = TOP + 26 * i + 4;
            double from = x.apply(Math.min(0, v));
            double to = x.apply(Math.max(0, v));
            svg.append(Svg.text(labelWidth - 8, y + 13, "end", "label", shorten(u.name(), 46)));
            svg.append("<rect class=\"bar\" x=\"").append(Svg.num(from)).append("\" y=\"").append(Svg.num(y))
                    .append("\" width=\"").append(Svg.num(Math.max(1, to - from))).append("\" height=\"18\" fill=\"")
                    .append(v >= 0 ? "#2ca02c" : "#d62728").append("\"/>");
            svg.append(Svg.text(to + 4, y + 13, "start", "tick", String.format(Locale.ROOT, "%,.0f", v)));
        }
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\"><title>"
                + Svg.escape(title) + "</title>" + Svg.text(4, 14, "start", "chart-title", title));
    }

    private static void axes(StringBuilder svg, double min, double max, boolean percent, double plotHeight) {
        for (int t = 0; t <= 4; t++) {
            double v = min + (max - min) * t / 4;
            double y = TOP + plotHeight * (1 - t / 4.0);
            svg.append(Svg.line(LEFT, y, WIDTH - RIGHT, y, "stroke:#ddd"));
            String format = max - min < 0.1 ? "%.1f%%" : "%.0f%%";
            svg.append(Svg.text(LEFT - 4, y + 4, "end", "tick", percent
                    ? String.format(Locale.ROOT, format, v * 100) : String.format(Locale.ROOT, "%.0f", v)));
        }
    }

    private static String points(double v) {
        return String.format(Locale.ROOT, "%+.1f pt", v * 100);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
