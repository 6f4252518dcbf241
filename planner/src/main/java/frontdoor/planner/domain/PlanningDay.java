package frontdoor.planner.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The clock of one plan: minute 0 is the start of the earliest working window, {@code end} the end of the
 * latest one (ALLOCATION.md: the day ends when the last working window of any staff member ends).
 */
public record PlanningDay(Instant origin, ZoneId zone, int end) {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    public Instant instant(int minute) {
        return origin.plusSeconds(60L * minute);
    }

    /** Minutes from the origin, rounded down. */
    public int minute(Instant instant) {
        return (int) Math.floorDiv(instant.getEpochSecond() - origin.getEpochSecond(), 60L);
    }

    /** Local clock time, for sentences a manager reads: "11:35". */
    public String clock(int minute) {
        return HOURS.format(instant(minute).atZone(zone));
    }
}
