package frontdoor.service.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import frontdoor.rules.Recommendation;
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
 * is one query; stored JSON (the referral as received, the recommendation) is read through {@link StrictJson}.
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
        jdbc.sql("SELECT received_at, body FROM referral WHERE received_at >= ? AND received_at < ? ORDER BY received_at")
                .params(utc(p.start()), utc(p.end()))
                .query((rs, n) -> {
                    JsonNode referral = StrictJson.DOCUMENT.tree(rs.getString(2));
                    counts.add(words.of(referral.path("source").path("agency").asText("OTHER")), p.dayOf(instant(rs, 1)));
                    return null;
                }).list();
        List<Figure.Series> series = counts.series().stream()
                .sorted((a, b) -> Integer.compare(order(a.name()), order(b.name()))).toList();
        long total = series.stream().flatMap(s -> s.values().stream()).mapToLong(Number::longValue).sum();
        return new Figure("referrals-per-day", "Referrals per day by source agency",
                total + (total == 1 ? " referral" : " referrals") + " received in the period.", "stacked", "Day",
                days.stream().map(LocalDate::toString).toList(), series,
                "Counted on the day the referral was received (receivedAt), by the agency that sent it.");
    }

    @Transactional(readOnly = true)
    Figure ragMix(Period p) {
        List<String> rags = Arrays.stream(RagRating.values()).map(words::of).toList();
        Counts<String> counts = new Counts<>(rags, List.of("Recommended", "Decided"));
        jdbc.sql("SELECT r.status, r.rag, rec.body FROM referral r JOIN recommendation rec ON rec.referral = r.id"
                        + " WHERE r.received_at >= ? AND r.received_at < ?")
                .params(utc(p.start()), utc(p.end()))
                .query((rs, n) -> {
                    counts.add("Recommended", words.of(StrictJson.DOCUMENT.value(rs.getString(3), Recommendation.class).rag()));
                    if ("DECIDED".equals(rs.getString(1))) {
                        counts.add("Decided", words.of(rs.getString(2)));
                    }
                    return null;
                }).list();
        long red = counts.series().get(0).values().get(0).longValue();
        return new Figure("rag-mix", "RAG mix", "Red at first screening: " + Counts.share(red, counts.total("Recommended")) + ".",
                "bar", "RAG rating", rags, counts.series(),
                "Recommended: the policy's rating of every referral received. Decided: the rating in force now"
                        + " (after any amendment) of those with a decision.");
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
        Instant lookBack = p.first().minusMonths(12).atStartOfDay(p.zone()).toInstant();
        jdbc.sql("SELECT received_at, body FROM referral WHERE received_at >= ? AND received_at < ? ORDER BY received_at, id")
                .params(utc(lookBack), utc(p.end()))
                .query((rs, n) -> {
                    Instant at = instant(rs, 1);
                    String child = StrictJson.DOCUMENT.tree(rs.getString(2)).path("child").path("childId").asText("");
                    Instant before = child.isEmpty() ? null : lastSeen.put(child, at);
                    if (!at.isBefore(p.start())) {
                        counts.add("Referrals", p.weekOf(at));
                        if (before != null && !before.isBefore(p.dayOf(at).minusMonths(12).atStartOfDay(p.zone()).toInstant())) {
                            counts.add("Re-referrals within 12 months", p.weekOf(at));
                        }
                    }
                    return null;
                }).list();
        return new Figure("re-referrals", "Re-referrals within 12 months",
                "Re-referrals: " + Counts.share(counts.total("Re-referrals within 12 months"), counts.total("Referrals")) + " of referrals received.",
                "bar", "Week beginning", weeks.stream().map(LocalDate::toString).toList(), counts.series(),
                "A re-referral is a referral of a child id that was referred before within the 12 months up to it,"
                        + " counted in the week it was received.");
    }

    private int order(String agencyWords) {
        return Arrays.stream(Agency.values()).map(words::of).toList().indexOf(agencyWords);
    }

    static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    static Instant instant(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
