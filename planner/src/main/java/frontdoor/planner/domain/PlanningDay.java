package frontdoor.planner.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The clock of one plan: minute 0 is the start of the earliest working window, {@code end} the end of the
 * latest one (docs/allocation.md: the day ends when the last working window of any staff member ends).
 */
public record PlanningDay(Instant origin, ZoneId zone, int end) {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_HOURS = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", java.util.Locale.UK);

    public Instant instant(int minute) {
        return origin.plusSeconds(60L * minute);
    }

    /** Minutes from the origin, rounded down. */
    public int minute(Instant instant) {
        return (int) Math.floorDiv(instant.getEpochSecond() - origin.getEpochSecond(), 60L);
    }

    /** Local clock time, for sentences a manager reads: "11:35", or "Mon 9 Mar 16:00" on another day. */
    public String clock(int minute) {
        var local = instant(minute).atZone(zone);
        return (local.toLocalDate().equals(origin.atZone(zone).toLocalDate()) ? HOURS : DAY_AND_HOURS).format(local);
    }
}
