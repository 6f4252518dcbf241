package frontdoor.service.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts by series and category, kept in the order the categories were given, ready to become a
 * {@link Figure}'s series (a category nobody counted shows 0, so plot, table and CSV have every day or week).
 */
final class Counts<C> {
    private final List<C> categories;
    private final Map<String, Map<C, Long>> series = new LinkedHashMap<>();

    Counts(List<C> categories, List<String> seriesNames) {
        this.categories = categories;
        seriesNames.forEach(this::series);
    }

    void add(String seriesName, C category) {
        series(seriesName).merge(category, 1L, Long::sum);
    }

    long total(String seriesName) {
        return series(seriesName).values().stream().mapToLong(Long::longValue).sum();
    }

    List<Figure.Series> series() {
        List<Figure.Series> out = new ArrayList<>();
        series.forEach((name, counts) -> out.add(new Figure.Series(name,
                categories.stream().<Number>map(c -> counts.getOrDefault(c, 0L)).toList())));
        return out;
    }

    private Map<C, Long> series(String name) {
        return series.computeIfAbsent(name, n -> new LinkedHashMap<>());
    }

    /** "3 of 8 (38%)"; "0 of 0" of nothing. */
    static String share(long part, long whole) {
        return whole == 0 ? "0 of 0" : part + " of " + whole + " (" + Math.round(100.0 * part / whole) + "%)";
    }
}
