package frontdoor.planner.domain;

/** A working window in minutes of the planning day, {@code [start, end)}. */
public record Window(int start, int end) {

    public int minutes() {
        return end - start;
    }

    /** How many minutes of {@code [from, to)} lie inside this window. */
    public int overlap(int from, int to) {
        return Math.max(0, Math.min(to, end) - Math.max(from, start));
    }
}
