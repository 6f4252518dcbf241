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

    /** The recommendation JSON (docs/contract.md) as it was answered, reasons included. */
    @Table("recommendation")
    public record StoredRecommendation(String body, String policyVersion) {
    }
}
