package frontdoor.service.dashboard;

import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import frontdoor.rules.StrictJson;
import frontdoor.service.web.Words;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures about referrals as they arrive: per day by source agency, the RAG mix, and re-referrals. Each
 * is one query; stored JSON (the referral as received, the recommendation) is read through {@link StrictJson},
 * by way of {@link Unreadable}.
 */
@Component
class ReferralFigures {
    private final JdbcClient jdbc;
    private final Words words;

    ReferralFigures(JdbcClient jdbc, Words words) {
        this.jdbc = jdbc;
        this.words = words;
    }

    @Transactional(readOnly = true)
    Figure perDayByAgency(Period p) {
        List<LocalDate> days = p.days();
        Counts<LocalDate> counts = new Counts<>(days, List.of());
        Unreadable unreadable = new Unreadable();
        jdbc.sql("SELECT received_at, body FROM referral WHERE received_at >= ? AND received_at < ? ORDER BY received_at")
                .params(utc(p.start()), utc(p.end()))
                .query(rs -> {
                    LocalDate day = p.dayOf(instant(rs, 1));
                    unreadable.referral(rs.getString(2)).map(r -> r.path("source").path("agency").asText(""))
                            .ifPresent(agency -> counts.add(agency.isEmpty() ? "Not known" : words.of(agency), day));
                });
        List<Figure.Series> series = counts.series().stream()
                .sorted((a, b) -> Integer.compare(order(a.name()), order(b.name()))).toList();
        long total = series.stream().flatMap(s -> s.values().stream()).mapToLong(Number::longValue).sum();
        return new Figure("referrals-per-day", "Referrals per day by source agency",
                total + (total == 1 ? " referral" : " referrals") + " received in the period.", "stacked", "Day",
                days.stream().map(LocalDate::toString).toList(), series,
                unreadable.note("Counted on the day the referral was received (receivedAt), by the agency that sent it."));
    }

    @Transactional(readOnly = true)
    Figure ragMix(Period p) {
        List<String> rags = Arrays.stream(RagRating.values()).map(words::of).toList();
        Counts<String> counts = new Counts<>(rags, List.of("Recommended", "Decided"));
        Unreadable unreadable = new Unreadable();
        jdbc.sql("SELECT r.status, r.rag, rec.body FROM referral r JOIN recommendation rec ON rec.referral = r.id"
                        + " WHERE r.received_at >= ? AND r.received_at < ?")
                .params(utc(p.start()), utc(p.end()))
                .query(rs -> {
                    String status = rs.getString(1);
                    String rag = rs.getString(2);
                    unreadable.recommendation(rs.getString(3)).ifPresent(r -> {
                        counts.add("Recommended", words.of(r.rag()));
                        if ("DECIDED".equals(status)) {
                            counts.add("Decided", words.of(rag));
                        }
                    });
                });
        long red = counts.series().get(0).values().get(0).longValue();
        return new Figure("rag-mix", "RAG mix", "Red at first screening: " + Counts.share(red, counts.total("Recommended")) + ".",
                "bar", "RAG rating", rags, counts.series(),
                unreadable.note("Recommended: the policy's rating of every referral received. Decided: the rating in force now"
                        + " (after any amendment) of those with a decision."));
    }

    /**
     * A referral is a re-referral when the same child id was referred before within the 12 months up to it.
     * Child ids stay in this method: the figure holds counts only.
     */
    @Transactional(readOnly = true)
    Figure reReferrals(Period p) {
        List<LocalDate> weeks = p.weeks();
        Counts<LocalDate> counts = new Counts<>(weeks, List.of("Referrals", "Re-referrals within 12 months"));
        Map<String, Instant> lastSeen = new HashMap<>();
        Unreadable unreadable = new Unreadable();
        Instant lookBack = p.first().minusMonths(12).atStartOfDay(p.zone()).toInstant();
        jdbc.sql("SELECT received_at, body FROM referral WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id")
                .params(utc(lookBack), utc(p.end()))
                .query(rs -> {
                    Instant at = instant(rs, 1);
                    unreadable.referral(rs.getString(2)).map(r -> r.path("child").path("childId").asText("")).ifPresent(child -> {
                        Instant before = child.isEmpty() ? null : lastSeen.put(child, at);
                        if (!at.isBefore(p.start())) {
                            counts.add("Referrals", p.weekOf(at));
                            if (before != null && !before.isBefore(p.dayOf(at).minusMonths(12).atStartOfDay(p.zone()).toInstant())) {
                                counts.add("Re-referrals within 12 months", p.weekOf(at));
                            }
                        }
                    });
                });
        return new Figure("re-referrals", "Re-referrals within 12 months",
                "Re-referrals: " + Counts.share(counts.total("Re-referrals within 12 months"), counts.total("Referrals")) + " of referrals received.",
                "bar", "Week beginning", weeks.stream().map(LocalDate::toString).toList(), counts.series(),
                unreadable.note("A re-referral is a referral of a child id that was referred before within the 12 months up to it,"
                        + " counted in the week it was received."));
    }

    private int order(String agencyWords) {
        int known = Arrays.stream(Agency.values()).map(words::of).toList().indexOf(agencyWords);
        return known < 0 ? Integer.MAX_VALUE : known;
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
