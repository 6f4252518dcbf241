package frontdoor.planner.solver.justifications;

import frontdoor.rules.RagRating;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A referral that misses its due time: which, its RAG rating, how late, and a sentence saying so. */
public record ReferralJustification(String referralId, RagRating rag, int minutesLate, String description)
        implements ConstraintJustification {
}
