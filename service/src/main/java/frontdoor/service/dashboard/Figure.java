package frontdoor.service.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One figure of the dashboard, in the shape every view of it shares: the plot (ECharts), its table, its CSV
 * and the JSON all draw the same categories and series, so they cannot disagree. Counts only: nothing here
 * identifies a child.
 *
 * @param name      the figure's URL name ({@code /dashboard/{name}.csv})
 * @param summary   the answer in one sentence, above the plot
 * @param chart     {@code bar}, {@code stacked} (bars stacked by series) or {@code none} (a table only)
 * @param note      how the figure is counted, in a sentence or two
 */
public record Figure(String name, String title, String summary, String chart, String categoryHeading,
                     List<String> categories, List<Series> series, String note) {

    /** One row of values, one per category. */
    public record Series(String name, List<Number> values) {
    }

    /** The figure as CSV (RFC 4180): a heading row, then one row per category with a column per series. */
    public String csv() {
        StringBuilder out = new StringBuilder();
        List<String> heading = new ArrayList<>();
        heading.add(categoryHeading);
        series.forEach(s -> heading.add(s.name()));
        out.append(row(heading));
        for (int i = 0; i < categories.size(); i++) {
            List<String> cells = new ArrayList<>();
            cells.add(categories.get(i));
            for (Series s : series) {
                cells.add(String.valueOf(s.values().get(i)));
            }
            out.append(row(cells));
        }
        return out.toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(Figure::cell).collect(Collectors.joining(",", "", "\r\n"));
    }

    /** Quoted when needed; text starting =, +, - or @ gets a leading ' so a spreadsheet never runs it as a formula. */
    private static String cell(String text) {
        String safe = text.matches("[=+\\-@].*") && !text.matches("-?[0-9.]+") ? "'" + text : text;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
