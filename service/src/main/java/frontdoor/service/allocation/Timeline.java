package frontdoor.service.allocation;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.rules.RagRating;
import frontdoor.service.web.TimeInWords;
import frontdoor.service.web.Words;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Today's plan as a timeline: one row per staff member across the working day (on the hour), their working
 * windows, and each task placed as a block at its start, as wide as it lasts. Every block says in words what
 * its colour shows (the RAG rating), and which referral and task it is.
 */
record Timeline(List<Tick> ticks, List<Row> rows) {

    /** An hour mark, {@code left} per cent from the day's start. */
    record Tick(String label, double left) {
    }

    record Row(String staffId, String agency, List<Span> windows, List<Block> blocks) {
    }

    record Span(double left, double width) {
    }

    /** A task in its place; {@code label} is what a screen reader says and what shows on focus or hover. */
    record Block(String taskId, String referralId, RagRating rag, String label, boolean pinned, double left, double width) {
    }

    static Timeline of(PlanInput input, Plan plan, ZoneId zone, Words words) {
        Map<String, Task> tasks = new HashMap<>();
        input.tasks().forEach(t -> tasks.put(t.id(), t));
        Set<String> late = new HashSet<>();
        plan.lateReferrals().forEach(l -> late.add(l.referralId()));
        List<Instant> edges = Stream.concat(
                input.staff().stream().flatMap(s -> s.windows().stream()).flatMap(w -> Stream.of(w.start(), w.end())),
                plan.assignments().stream().flatMap(a -> Stream.of(a.start(), a.end()))).toList();
        if (edges.isEmpty()) {
            return new Timeline(List.of(), List.of());
        }
        Instant from = edges.stream().min(Comparator.naturalOrder()).orElseThrow().truncatedTo(ChronoUnit.HOURS);
        Instant last = edges.stream().max(Comparator.naturalOrder()).orElseThrow();
        Instant to = last.truncatedTo(ChronoUnit.HOURS).equals(last) ? last : last.truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1));
        double minutes = Duration.between(from, to).toMinutes();
        List<Tick> ticks = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(Duration.ofHours(1))) {
            ticks.add(new Tick(TimeOfDay.words(t, zone).replace(":00", ""), at(from, t, minutes)));
        }
        List<Row> rows = new ArrayList<>();
        for (Staff s : input.staff()) {
            List<Span> windows = s.windows().stream().map(w -> span(from, w, minutes)).toList();
            List<Block> blocks = plan.assignments().stream().filter(a -> a.staffId().equals(s.id()))
                    .sorted(Comparator.comparing(Plan.Assignment::start))
                    .map(a -> block(a, tasks.get(a.taskId()), late, from, minutes, zone, words)).toList();
            rows.add(new Row(s.id(), words.of(s.agency()), windows, blocks));
        }
        return new Timeline(ticks, rows);
    }

    private static Block block(Plan.Assignment a, Task task, Set<String> late, Instant from, double minutes, ZoneId zone, Words words) {
        String label = words.of(task.rag()) + ": " + words.of(task.kind()).toLowerCase(java.util.Locale.UK) + " of " + task.referralId()
                + " (" + a.taskId() + "), " + TimeOfDay.words(a.start(), zone) + " to " + TimeOfDay.words(a.end(), zone)
                + " with " + a.staffId() + "; referral due " + due(task.dueBy(), a.start(), zone)
                + (late.contains(task.referralId()) ? ", will be late" : "") + (task.pinned() != null ? "; pinned" : "");
        double left = at(from, a.start(), minutes);
        return new Block(a.taskId(), task.referralId(), task.rag(), label, task.pinned() != null, left, at(from, a.end(), minutes) - left);
    }

    /** The due time, with its date when that is not the block's own day (due yesterday, or tomorrow). */
    private static String due(Instant dueBy, Instant start, ZoneId zone) {
        return dueBy.atZone(zone).toLocalDate().equals(start.atZone(zone).toLocalDate())
                ? TimeOfDay.words(dueBy, zone) : TimeInWords.at(dueBy, zone);
    }

    private static Span span(Instant from, Window w, double minutes) {
        double left = at(from, w.start(), minutes);
        return new Span(left, at(from, w.end(), minutes) - left);
    }

    /** Per cent of the day from its start, to two decimals. */
    private static double at(Instant from, Instant t, double minutes) {
        return Math.round(Duration.between(from, t).toMinutes() / minutes * 10000) / 100.0;
    }
}
