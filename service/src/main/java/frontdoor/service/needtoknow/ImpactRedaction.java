package frontdoor.service.needtoknow;

import frontdoor.rules.OutcomePair;
import frontdoor.service.policy.ImpactReaders;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An impact report's referrals as its reader may see them: a referral with restricted information goes through
 * {@link NeedToKnow} (view "impact", audited like any other view), both sides of its pair redacted, so the
 * report's rules and rows name only "restricted information from POLICE" where the reader is not cleared.
 */
@Component
class ImpactRedaction implements ImpactReaders {
    private final JdbcClient jdbc;
    private final NeedToKnow needToKnow;
    private final TransactionTemplate tx;

    ImpactRedaction(JdbcClient jdbc, NeedToKnow needToKnow, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.needToKnow = needToKnow;
        this.tx = tx;
    }

    private record Stored(long id, String body) {
    }

    @Override
    public UnaryOperator<OutcomePair> shownTo(String reader) {
        // the referrals any of whose entries may be restricted; NeedToKnow decides exactly what is withheld
        Map<String, Stored> candidates = new HashMap<>();
        jdbc.sql("SELECT DISTINCT r.id, r.referral_id, r.body FROM referral r JOIN gathered g ON g.referral = r.id WHERE g.body LIKE '%restricted%'")
                .query((ResultSet rs) -> {
                    candidates.put(rs.getString(2), new Stored(rs.getLong(1), rs.getString(3)));
                });
        return pair -> {
            Stored s = candidates.get(pair.referralId());
            if (s == null) {
                return pair;
            }
            Redaction shown = tx.execute(t -> needToKnow.of(reader, "impact", pair.referralId(), s.id(), s.body()));
            return shown.withholds() ? new OutcomePair(pair.referralId(), shown.recommendation(pair.before()), shown.recommendation(pair.after()))
                    : pair;
        };
    }
}
