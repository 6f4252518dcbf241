package frontdoor.service.dashboard;

import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Problem;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The days a dashboard covers, both included, in the policy's time zone: the referrals received on them are
 * the ones counted. Weeks start on Monday, as the councils' weekly reports do.
 */
public record Period(LocalDate first, LocalDate last, ZoneId zone) {
    /** Twelve weeks unless asked otherwise: a quarter, the span the manager's reports look back over. */
    static final int DEFAULT_DAYS = 84;
    static final int MAX_DAYS = 400;

    /**
     * The period from request parameters ({@code 2026-11-23}); a blank {@code to} is today, a blank {@code from}
     * twelve weeks back from {@code to}.
     *
     * @throws InvalidInputException naming each parameter that is wrong (never quoting its value)
     */
    public static Period of(String from, String to, LocalDate today, ZoneId zone) {
        List<Problem> problems = new ArrayList<>();
        LocalDate last = day(to, "to", problems);
        LocalDate first = day(from, "from", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        last = last == null ? today : last;
        first = first == null ? last.minusDays(DEFAULT_DAYS - 1) : first;
        if (last.isBefore(first)) {
            throw new InvalidInputException(List.of(new Problem("to", "must be the same day as from or later")));
        }
        if (ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw new InvalidInputException(List.of(new Problem("from", "must be less than " + MAX_DAYS + " days before to")));
        }
        return new Period(first, last, zone);
    }

    /** The first instant counted. */
    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    /** The Monday of the week {@code at} falls in. */
    public LocalDate weekOf(Instant at) {
        return dayOf(at).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public List<LocalDate> days() {
        return first.datesUntil(last.plusDays(1)).toList();
    }

    /** The Mondays of the weeks the period touches. */
    public List<LocalDate> weeks() {
        LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return monday.datesUntil(last.plusDays(1), java.time.Period.ofWeeks(1)).toList();
    }

    private static LocalDate day(String text, String name, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(name, "must be a day written as year-month-day, such as 2026-11-23"));
            return null;
        }
    }
}
