package frontdoor.service.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as a person reads them: "23 November 2026 at 1:15pm", "2 hours 5 minutes left", "overdue by 1 day 3 hours". */
public final class TimeInWords {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private TimeInWords() {
    }

    public static String at(Instant instant, ZoneId zone) {
        var t = instant.atZone(zone);
        return DAY.format(t) + " at " + TIME.format(t).toLowerCase(Locale.UK);
    }

    /** The time left until {@code due}, or how long it is overdue. */
    public static String left(Instant now, Instant due) {
        Duration d = Duration.between(now, due);
        return d.isNegative() ? "overdue by " + span(d.negated()) : span(d) + " left";
    }

    public static boolean overdue(Instant now, Instant due) {
        return due.isBefore(now);
    }

    /** A policy's elapsed time as the threshold document states it: whole hours in hours ("72 hours"), else {@link #span}. */
    public static String hours(Duration d) {
        return d.toMinutesPart() == 0 && d.toSecondsPart() == 0 && d.toHours() > 0 ? count(d.toHours(), "hour") : span(d);
    }

    /** The two largest units: days and hours, hours and minutes, or minutes. */
    static String span(Duration d) {
        long days = d.toDays();
        long hours = d.toHoursPart();
        long minutes = d.toMinutesPart();
        if (days > 0) {
            return count(days, "day") + (hours > 0 ? " " + count(hours, "hour") : "");
        }
        if (hours > 0) {
            return count(hours, "hour") + (minutes > 0 ? " " + count(minutes, "minute") : "");
        }
        return minutes > 0 ? count(minutes, "minute") : "less than a minute";
    }

    private static String count(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
