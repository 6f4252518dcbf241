package frontdoor.rules;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the policy in force recommends for a referral, with every reason and the policy version that made
 * it (docs/contract.md "The recommendation"). {@code actions} and {@code informationGaps} are sets.
 */
public record Recommendation(String referralId, int thresholdLevel, String thresholdName, RagRating rag,
                             Instant screeningDueBy, String pathway, Set<String> actions,
                             Set<String> informationGaps, List<Reason> reasons, String policyVersion) {

    /** One reason: the output it explains, the rule or row id, the model's sentence and the evidence. */
    public record Reason(String output, String rule, String text, List<Evidence> evidence) {
    }

    /** A concern code and an agency that raised it. */
    public record Evidence(String code, Agency agency) {
    }
}
