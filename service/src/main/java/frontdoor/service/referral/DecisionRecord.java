package frontdoor.service.referral;

import frontdoor.rules.RagRating;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SortedSet;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's decision on a referral (version 1) or a manager's amendment of it (versions 2, 3, ...).
 * Rows are only ever inserted; the unique (referral, version) key makes "one decision" hold under races.
 */
@Table("decision")
public record DecisionRecord(@Id Long id, long referral, int version, int thresholdLevel,
                             RagRating rag, String pathway, String actions, String rationale,
                             String amendmentReason, String decidedBy, Instant decidedAt, Instant dueBy) {

    /** {@code dueBy}: the decided RAG's timescale from receipt (null for decisions recorded before it was kept). */
    public static DecisionRecord of(long referral, int version, int thresholdLevel, RagRating rag, String pathway,
                                    SortedSet<String> actions, String rationale, String amendmentReason,
                                    String decidedBy, Instant decidedAt, Instant dueBy) {
        return new DecisionRecord(null, referral, version, thresholdLevel, rag, pathway, String.join(",", actions),
                rationale, amendmentReason, decidedBy, decidedAt, dueBy);
    }

    /** The actions, a set, in name order. */
    public List<String> actionList() {
        return actions.isEmpty() ? List.of() : Arrays.asList(actions.split(","));
    }
}
