package frontdoor.service.allocation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times of day as the manager's forms take them (24-hour clock, "09:00" or "9.00") and as the pages show
 * them ("9:00am"), in the plan's time zone.
 */
final class TimeOfDay {
    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})[:.](\\d{2})\\s*");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter WORDS = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private TimeOfDay() {
    }

    /** The instant of a typed time on {@code day}, as JSON text; a time that cannot be read is sent as typed, for the reader to name. */
    static String instant(String typed, LocalDate day, ZoneId zone) {
        Matcher m = TIME.matcher(typed);
        int hour = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        int minute = m.matches() ? Integer.parseInt(m.group(2)) : -1;
        if (hour >= 0 && hour < 24 && minute < 60) {
            return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant().toString();
        }
        return typed;
    }

    /** "09:00", as a form field shows it. */
    static String field(Instant at, ZoneId zone) {
        return HH_MM.format(at.atZone(zone));
    }

    /** "9:00am". */
    static String words(Instant at, ZoneId zone) {
        return WORDS.format(at.atZone(zone)).toLowerCase(Locale.UK);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
