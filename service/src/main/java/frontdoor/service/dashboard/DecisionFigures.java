package frontdoor.service.dashboard;

import static frontdoor.service.dashboard.ReferralFigures.instant;
import static frontdoor.service.dashboard.ReferralFigures.utc;

import frontdoor.rules.RagRating;
import frontdoor.service.web.Words;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.referral.ReferralRecord.StoredRecommendation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures about decisions: made in time, outcomes by pathway, and where workers differ from the policy.
 * Each is one query over the referrals received in the period with their recommendation and decisions.
 */
@Component
class DecisionFigures {
    static final String IN_TIME = "Decided in time";
    static final String LATE = "Decided late";
    static final String OVERDUE = "Overdue, no decision yet";
    private final JdbcClient jdbc;
    private final Words words;
    private final PolicyHolder policy;

    DecisionFigures(JdbcClient jdbc, Words words, PolicyHolder policy) {
        this.jdbc = jdbc;
        this.words = words;
        this.policy = policy;
    }

    /**
     * Each referral's first decision against the due time of the highest RAG it ever had: the recommended one, every
     * revision's (a rise counted from when the information that raised it was recorded), the decision's and every
     * amendment's. A rating lowered afterwards never makes a late decision look timely.
     */
    @Transactional(readOnly = true)
    Figure timeliness(Period p, Instant now) {
        Map<RagRating, Duration> timescales = policy.current().recommender().descriptor().timescales();
        List<LocalDate> weeks = p.weeks();
        Counts<LocalDate> counts = new Counts<>(weeks, List.of(IN_TIME, LATE, OVERDUE));
        List<Row> rows = jdbc.sql("SELECT r.id, r.received_at, rec.body, d.rag, d.decided_at FROM referral r"
                        + " JOIN recommendation rec ON rec.referral = r.id LEFT JOIN decision d ON d.referral = r.id"
                        + " WHERE r.received_at >= ? AND r.received_at < ? ORDER BY r.id, d.version")
                .params(utc(p.start()), utc(p.end()))
                .query((rs, n) -> new Row(rs.getLong(1), instant(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(4) == null ? null : instant(rs, 5))).list();
        Map<Long, Timed> referrals = new TreeMap<>();
        Unreadable unreadable = new Unreadable();
        for (Row row : rows) {
            if (!referrals.containsKey(row.id())) {
                referrals.put(row.id(), unreadable.recommendation(row.recommendation())
                        .map(r -> new Timed(row.received(), r.rag(), row.received().plus(timescales.get(r.rag())))).orElse(null));
            }
            Timed t = referrals.get(row.id());
            if (t != null && row.rag() != null) {
                RagRating rag = RagRating.valueOf(row.rag());
                t.rated(rag, row.received().plus(timescales.get(rag)));
                t.firstDecision = t.firstDecision == null ? row.decidedAt() : t.firstDecision;
            }
        }
        jdbc.sql("SELECT v.referral, " + StoredRecommendation.OF_REVISION + ", v.due_by FROM revision v JOIN referral r ON r.id = v.referral"
                        + " WHERE r.received_at >= ? AND r.received_at < ?")
                .params(utc(p.start()), utc(p.end()))
                .query(rs -> {
                    Timed t = referrals.get(rs.getLong(1));
                    Instant due = instant(rs, 3);
                    if (t != null) {
                        unreadable.recommendation(rs.getString(2)).ifPresent(r -> t.rated(r.rag(), due));
                    }
                });
        referrals.values().removeIf(java.util.Objects::isNull);
        for (Timed t : referrals.values()) {
            String outcome = t.firstDecision == null ? (now.isAfter(t.due) ? OVERDUE : null) : t.firstDecision.isAfter(t.due) ? LATE : IN_TIME;
            if (outcome != null) {
                counts.add(outcome, p.weekOf(t.received));
            }
        }
        long decided = counts.total(IN_TIME) + counts.total(LATE);
        return new Figure("timeliness", "Decisions made within their RAG timescale, by week",
                "Decided in time: " + Counts.share(counts.total(IN_TIME), decided) + " of decisions.", "stacked", "Week beginning",
                weeks.stream().map(LocalDate::toString).toList(), counts.series(),
                unreadable.note("Each referral's decision is measured against the due time of the highest RAG rating it ever had"
                        + " (the recommendation's, any revision's after information from an agency, the decision's or any"
                        + " amendment's), so a rating lowered afterwards never makes a late decision look timely. Counted in"
                        + " the week the referral was received."));
    }

    /** The outcome of each decided referral (after any amendment), and the share of no further action. */
    @Transactional(readOnly = true)
    Figure outcomes(Period p) {
        Map<String, Long> byPathway = new TreeMap<>();
        jdbc.sql("SELECT pathway, COUNT(*) FROM referral WHERE status = 'DECIDED' AND received_at >= ? AND received_at < ? GROUP BY pathway")
                .params(utc(p.start()), utc(p.end()))
                .query(rs -> {
                    byPathway.put(rs.getString(1), rs.getLong(2));
                });
        long all = byPathway.values().stream().mapToLong(Long::longValue).sum();
        long nfa = byPathway.getOrDefault("NO_FURTHER_ACTION", 0L);
        return new Figure("outcomes", "Outcomes by pathway", "No further action: " + Counts.share(nfa, all) + " of decided referrals.",
                "bar", "Pathway", byPathway.keySet().stream().map(words::of).toList(),
                List.of(new Figure.Series("Decided referrals", List.copyOf(byPathway.values()))),
                "The pathway each decided referral ended on, after any amendment; the share of no further action"
                        + " is of all decided referrals, as the councils' reports count it.");
    }

    private record Row(long id, Instant received, String recommendation, String rag, Instant decidedAt) {
    }

    /** A referral's receipt, the highest RAG it has had so far, the due time that gave, and its first decision's time. */
    private static final class Timed {
        final Instant received;
        RagRating highest;
        Instant due;
        Instant firstDecision;

        Timed(Instant received, RagRating recommended, Instant due) {
            this.received = received;
            this.highest = recommended;
            this.due = due;
        }

        /**
         * A rating it had, and the due time it gave: the earliest of them stands, as a rise brings the due time forward
         * (a revision's is already the earlier of the old one and the new timescale) and a fall never extends it.
         */
        void rated(RagRating rag, Instant dueThen) {
            highest = rag.compareTo(highest) < 0 ? rag : highest;
            due = dueThen.isBefore(due) ? dueThen : due;
        }
    }
}
