package frontdoor.service.gathering;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.rules.Recommendation;
import frontdoor.service.referral.ReferralRecord.StoredRecommendation;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every evaluation of a referral, kept: revision 1 on arrival, one more for each thing gathered. Each holds
 * the exact input evaluated and the policy version, so a replay gives the same answer, and what changed
 * from the revision before, in words.
 */
@Component
class Revisions {
    private final JdbcClient jdbc;

    Revisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A revision as the API shows it ({@code input} stays in the store: it carries the notes). */
    record Revision(int revision, Instant at, String by, String cause, @JsonRawValue @Schema(implementation = Recommendation.class) String recommendation,
                    @JsonRawValue @ArraySchema(schema = @Schema(implementation = Changes.Change.class),
                            arraySchema = @Schema(description = "each output that changed from the revision before, and why")) String changes, String policyVersion, Instant screeningDueBy) {
    }

    /** The input evaluated by a revision, for a replay. */
    record Stored(Revision revision, String input) {
    }

    List<Revision> of(long referral) {
        return stored(referral).stream().map(Stored::revision).toList();
    }

    List<Stored> stored(long referral) {
        return jdbc.sql("SELECT v.revision, v.at, v.by_user, v.cause, " + StoredRecommendation.OF_REVISION
                        + ", v.changes, v.policy_version, v.due_by, v.input FROM revision v WHERE v.referral = ? ORDER BY v.revision")
                .param(referral)
                .query((rs, n) -> new Stored(new Revision(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class).toInstant()),
                        rs.getString(9)))
                .list();
    }

    Revision latest(long referral) {
        List<Revision> all = of(referral);
        return all.get(all.size() - 1);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void add(long referral, Revision r, String input) {
        jdbc.sql("""
                        INSERT INTO revision (referral, revision, at, by_user, cause, input, recommendation, changes, policy_version, due_by)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(referral, r.revision(), utc(r.at()), r.by(), r.cause(), input, r.recommendation(), r.changes(), r.policyVersion(),
                        utc(r.screeningDueBy()))
                .update();
    }

    private static OffsetDateTime utc(Instant t) {
        return OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
