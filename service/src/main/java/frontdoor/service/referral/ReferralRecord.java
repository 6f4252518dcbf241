package frontdoor.service.referral;

import frontdoor.rules.RagRating;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored referral: the JSON as received, the hash that tells a repeat from a conflict, and its place in
 * the screening queue (status, RAG, due time). Inserted once with its recommendation; later changes go
 * through {@link ReferralRepository#decided} so the recommendation row is never rewritten.
 */
@Table("referral")
public record ReferralRecord(@Id Long id, String referralId, String body, String bodySha256, ReferralStatus status,
                             RagRating rag, int thresholdLevel, String pathway, Instant receivedAt, Instant dueBy,
                             String policyVersion, Instant createdAt, String createdBy,
                             @MappedCollection(idColumn = "referral") StoredRecommendation recommendation) {

    /**
     * The recommendation JSON (docs/contract.md) as it was answered, reasons included. It is also the arrival
     * revision's (revision 1), which is not written twice: see {@link #OF_REVISION}.
     */
    @Table("recommendation")
    public record StoredRecommendation(String body, String policyVersion) {
        /**
         * A revision's recommendation in SQL, in a query that names the revision {@code v}: its own, or for the
         * arrival revision, which leaves it empty, the referral's first recommendation.
         */
        public static final String OF_REVISION = "COALESCE(v.recommendation, (SELECT c.body FROM recommendation c WHERE c.referral = v.referral))";
    }
}
