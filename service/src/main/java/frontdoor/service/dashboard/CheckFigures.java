package frontdoor.service.dashboard;

import static frontdoor.service.dashboard.ReferralFigures.instant;
import static frontdoor.service.dashboard.ReferralFigures.utc;

import frontdoor.rules.Agency;
import frontdoor.service.web.Words;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How long each agency takes over its checks, the partner delays the councils name as a main cause of drift:
 * the turnaround from a check being asked for to its result (median and 90th percentile, in hours), and the
 * checks still open, overdue or not. One query over the checks asked for in the period.
 */
@Component
class CheckFigures {
    /** The agencies that make checks, in the order the recipes name them. */
    static final List<Agency> AGENCIES = List.of(Agency.POLICE, Agency.HEALTH, Agency.EDUCATION, Agency.SOCIAL_CARE);
    static final String OPEN_IN_TIME = "Open, not yet due";
    static final String OPEN_OVERDUE = "Open, overdue now";
    private final JdbcClient jdbc;
    private final Words words;

    CheckFigures(JdbcClient jdbc, Words words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    /** A check as counted: its agency, when it was asked for, due and done (null while open). */
    private record Check(Agency agency, Instant created, Instant due, Instant done) {
    }

    private List<Check> checks(Period p) {
        return jdbc.sql("SELECT agency, created_at, due_by, done_at FROM referral_check WHERE created_at >= ? AND created_at < ?")
                .params(utc(p.start()), utc(p.end()))
                .query((rs, n) -> new Check(Agency.valueOf(rs.getString(1)), instant(rs, 2), instant(rs, 3),
                        rs.getObject(4) == null ? null : instant(rs, 4)))
                .list();
    }

    /**
     * Hours from asked to done, per agency: how many were done, the median and the 90th percentile. The headline
     * names the slowest agency among those with results, and every agency asked for checks with none yet.
     */
    @Transactional(readOnly = true)
    Figure turnaround(Period p) {
        Map<Agency, List<Double>> hours = new LinkedHashMap<>();
        AGENCIES.forEach(a -> hours.put(a, new ArrayList<>()));
        Set<Agency> asked = EnumSet.noneOf(Agency.class);
        for (Check c : checks(p)) {
            if (hours.containsKey(c.agency())) {
                asked.add(c.agency());
                if (c.done() != null) {
                    hours.get(c.agency()).add(Duration.between(c.created(), c.done()).toMinutes() / 60.0);
                }
            }
        }
        List<Number> done = new ArrayList<>();
        List<Number> median = new ArrayList<>();
        List<Number> p90 = new ArrayList<>();
        hours.values().forEach(h -> {
            h.sort(Double::compare);
            done.add(h.size());
            median.add(round(median(h)));
            p90.add(round(h.isEmpty() ? 0 : h.get((int) Math.ceil(0.9 * h.size()) - 1)));
        });
        Agency slowest = hours.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .max(Comparator.comparingDouble(e -> median(e.getValue()))).map(Map.Entry::getKey).orElse(null);
        List<String> none = AGENCIES.stream().filter(a -> asked.contains(a) && hours.get(a).isEmpty()).map(words::of).toList();
        String headline = (slowest == null ? "No check asked for in the period has a result yet."
                : "Slowest by median: " + words.of(slowest) + ", " + round(median(hours.get(slowest))) + " hours.")
                + (none.isEmpty() || slowest == null ? "" : " No result yet from " + String.join(", ", none) + ".");
        return new Figure("check-turnaround", "Check turnaround by agency", headline,
                "bar", "Agency", AGENCIES.stream().map(words::of).toList(),
                List.of(new Figure.Series("Median hours", median), new Figure.Series("90th percentile hours", p90),
                        new Figure.Series("Checks done", done)),
                "Hours from a check being asked for (on arrival, or when a revision's new pathway needs it) to its result being"
                        + " recorded, for the checks asked for in the period that have a result; 0 where an agency has none.");
    }

    /** The checks asked for in the period that are still open, per agency: past their due time now, or not yet. */
    @Transactional(readOnly = true)
    Figure open(Period p, Instant now) {
        Counts<String> counts = new Counts<>(AGENCIES.stream().map(words::of).toList(), List.of(OPEN_OVERDUE, OPEN_IN_TIME));
        for (Check c : checks(p)) {
            if (c.done() == null) {
                counts.add(c.due().isBefore(now) ? OPEN_OVERDUE : OPEN_IN_TIME, words.of(c.agency()));
            }
        }
        return new Figure("open-checks", "Checks still open by agency",
                "Overdue now: " + Counts.share(counts.total(OPEN_OVERDUE), counts.total(OPEN_OVERDUE) + counts.total(OPEN_IN_TIME))
                        + " of open checks.", "stacked", "Agency", AGENCIES.stream().map(words::of).toList(), counts.series(),
                "The checks asked for in the period with no result yet, by the agency that makes them: past their due time"
                        + " (the referral's, brought forward by any rise in RAG) now, or not yet.");
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n == 0 ? 0 : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static double round(double hours) {
        return Math.round(hours * 10) / 10.0;
    }
}
