package frontdoor.service.audit;

import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Problem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which entries of the trail an auditor asks for: each part is optional (null for any). {@code from} is the
 * first instant included and {@code until} the first one left out, so a day range covers whole days in the
 * service's time zone. The API and the page both read their parameters here, so they refuse the same things.
 */
public record AuditFilter(String subject, String actor, AuditAction action, Instant from, Instant until) {
    public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);

    /**
     * The filter from request parameters: {@code from} and {@code to} are days ({@code 2026-11-23}), both
     * included, in {@code zone}; blank means any.
     *
     * @throws InvalidInputException naming each parameter that is wrong (never quoting its value)
     */
    public static AuditFilter of(String subject, String actor, String action, String from, String to, ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        AuditAction act = null;
        if (!blank(action)) {
            try {
                act = AuditAction.valueOf(action.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("action", "must be one of " + List.of(AuditAction.values())));
            }
        }
        LocalDate first = day(from, "from", problems);
        LocalDate last = day(to, "to", problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(new Problem("to", "must be the same day as from or later"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new AuditFilter(trimmed(subject), trimmed(actor), act,
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    private static LocalDate day(String text, String name, List<Problem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(name, "must be a day written as year-month-day, such as 2026-11-23"));
            return null;
        }
    }

    private static String trimmed(String text) {
        return blank(text) ? null : text.trim();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
