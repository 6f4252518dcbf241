package frontdoor.service.referral;

import io.swagger.v3.oas.annotations.media.Schema;
import frontdoor.rules.Recommendation;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * The answer to a posted referral: its id, status and the recommendation (docs/contract.md) with its reasons.
 * {@code created} is false when the same referral had been received before and nothing new was stored.
 */
public record Submission(String referralId, ReferralStatus status, @JsonRawValue @Schema(implementation = Recommendation.class) String recommendation,
                         @JsonIgnore boolean created) {

    static Submission of(ReferralRecord r, boolean created) {
        return new Submission(r.referralId(), r.status(), r.recommendation().body(), created);
    }
}
