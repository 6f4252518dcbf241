package frontdoor.service.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * What the referral's records (frontdoor.rules.Referral, read by ReferralReader) cannot say themselves in the
 * OpenAPI document: which fields the contract requires, which may be null, and where the contract's words
 * are (docs/contract.md). The generated-client and bad-input tests hold the reader to the same.
 */
final class ContractSchemas {
    static final Map<String, List<String>> REQUIRED = Map.of(
            "Referral", List.of("referralId", "receivedAt", "source", "child", "consent", "concerns"),
            "Source", List.of("agency", "method"),
            "Child", List.of("childId"),
            "Concern", List.of("code", "agency"),
            "Recommendation", List.of("referralId", "thresholdLevel", "thresholdName", "rag", "screeningDueBy", "pathway",
                    "actions", "informationGaps", "reasons", "policyVersion"),
            "Reason", List.of("output", "rule", "text"));
    /**
     * What the service writes as null when there is nothing to say (the answers' examples show each). A null
     * object ({@code Task.pinned}, {@code Bound.capacity}) cannot be said beside a $ref in OpenAPI 3.0 in a way
     * Redocly accepts: the examples leave those out.
     */
    static final Map<String, List<String>> NULLABLE = Map.of(
            "History", List.of("allocatedTeam"),
            "Child", List.of("familyId", "dateOfBirth"),
            "Decision", List.of("amendmentReason"),
            "Verification", List.of("firstBrokenSeq", "problem", "caughtBy"),
            "PolicyVersion", List.of("basedOn", "approvedBy", "approvalReference"));
    static final Map<String, String> DESCRIPTIONS = Map.of(
            "Referral", "A referral about one child, as docs/contract.md describes it field by field. Unknown fields are refused.",
            "Recommendation", "What the policy in force recommends, with every reason and the policy version that made it "
                    + "(docs/contract.md). `actions` and `informationGaps` are sets.",
            "Reason", "One reason: the output it explains, the rule's id (docs/policy-rules.md), the policy's sentence and the evidence.");

    private ContractSchemas() {
    }

    @SuppressWarnings("rawtypes")
    static void apply(OpenAPI api) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        REQUIRED.forEach((name, fields) -> schemas.get(name).setRequired(fields));
        NULLABLE.forEach((name, fields) -> fields.forEach(f -> ((Schema<?>) schemas.get(name).getProperties().get(f)).setNullable(true)));
        DESCRIPTIONS.forEach((name, text) -> schemas.get(name).setDescription(text));
    }
}
