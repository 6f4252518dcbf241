package frontdoor.service.referral;

import frontdoor.rules.Recommendation;
import frontdoor.rules.Referral;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the service already knows of a child: a referrer's {@code contactsLast12Months} is often a guess, and
 * a child who keeps coming back (the revolving door) is missed when nobody counts. So on arrival and on
 * every re-evaluation the count is at least the child's earlier referrals received here in the 365 days
 * before this one, and the reasons name them (ids only: the evidence is the service's own records).
 */
@Component
public class OwnRecords {
    public static final String RULE = "RECORDS:CONTACTS";
    static final Duration YEAR = Duration.ofDays(365);
    private final JdbcClient jdbc;

    OwnRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A sibling's referral in the year before: flagged when it was at level 4. */
    public record FamilyMember(String referralId, String childId, int thresholdLevel, boolean levelFour) {
    }

    /** This child's referrals received in the 365 days before {@code receivedAt}, oldest first. */
    public List<String> earlier(String childId, String referralId, Instant receivedAt) {
        return jdbc.sql("SELECT referral_id FROM referral WHERE child_id = ? AND referral_id <> ? AND received_at >= ? AND received_at < ?"
                        + " ORDER BY received_at, referral_id")
                .params(childId, referralId, utc(receivedAt.minus(YEAR)), utc(receivedAt)).query(String.class).list();
    }

    /** Other children of the family with referrals in the 365 days before {@code receivedAt}. */
    public List<FamilyMember> family(String familyId, String childId, Instant receivedAt) {
        if (familyId == null) {
            return List.of();
        }
        return jdbc.sql("SELECT referral_id, child_id, threshold_level FROM referral WHERE family_id = ? AND child_id <> ?"
                        + " AND received_at >= ? AND received_at <= ? ORDER BY received_at, referral_id")
                .params(familyId, childId, utc(receivedAt.minus(YEAR)), utc(receivedAt))
                .query((rs, n) -> new FamilyMember(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(3) == 4)).list();
    }

    /** The referral as evaluated: its contacts at least the earlier referrals counted here. */
    public static Referral withContacts(Referral r, int counted) {
        Referral.History h = r.history();
        if (counted <= h.contactsLast12Months()) {
            return r;
        }
        return new Referral(r.referralId(), r.receivedAt(), r.source(), r.child(), r.consent(), r.concerns(),
                new Referral.History(h.openCase(), h.allocatedTeam(), Math.min(counted, 1000), h.previousChildProtectionPlan(), h.earlyHelpOpen()));
    }

    /** The recommendation with the earlier referrals named among its reasons, when there are any. */
    public static Recommendation explained(Recommendation r, List<String> earlier) {
        if (earlier.isEmpty()) {
            return r;
        }
        List<Recommendation.Reason> reasons = new ArrayList<>(r.reasons());
        reasons.add(new Recommendation.Reason("thresholdLevel", RULE, earlier.size() + " earlier referral" + (earlier.size() == 1 ? "" : "s")
                + " of this child in the 365 days before this one, from the service's own records: " + String.join(", ", earlier)
                + " (contactsLast12Months at least " + earlier.size() + ")", List.of()));
        return new Recommendation(r.referralId(), r.thresholdLevel(), r.thresholdName(), r.rag(), r.screeningDueBy(), r.pathway(),
                r.actions(), r.informationGaps(), reasons, r.policyVersion());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
