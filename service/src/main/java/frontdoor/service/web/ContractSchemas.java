package frontdoor.service.web;

import frontdoor.rules.JsonChecks;
import frontdoor.rules.ReferralReader;
import frontdoor.rules.ThresholdLevel;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the referral's records (frontdoor.rules.Referral, read by ReferralReader) cannot say themselves in the
 * OpenAPI document: which fields the contract requires, which may be null, the limits the reader holds them
 * to (its own constants), that unknown fields are refused, and where the contract's words are
 * (docs/contract.md). The generated-client and bad-input tests hold the reader to the same.
 */
final class ContractSchemas {
    static final Map<String, List<String>> REQUIRED = Map.of(
            "Referral", List.of("referralId", "receivedAt", "source", "child", "consent", "concerns"),
            "Source", List.of("agency", "method"),
            "Child", List.of("childId"),
            "Concern", List.of("code", "agency"),
            "Recommendation", List.of("referralId", "thresholdLevel", "thresholdName", "rag", "screeningDueBy", "pathway",
                    "actions", "informationGaps", "reasons", "policyVersion"),
            "Reason", List.of("output", "rule", "text"),
            "Submission", List.of("referralId", "status", "recommendation"));
    /** The referral's parts, each refusing a field the contract does not name. */
    static final List<String> CLOSED = List.of("Referral", "Source", "Child", "Concern", "History");
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
        CLOSED.forEach(name -> schemas.get(name).setAdditionalProperties(false));
        for (var id : List.of(property(schemas, "Referral", "referralId"), property(schemas, "Child", "childId"),
                property(schemas, "Child", "familyId"))) {
            id.pattern("^" + JsonChecks.ID.pattern() + "$").minLength(1).maxLength(64);
        }
        property(schemas, "Referral", "concerns").maxItems(ReferralReader.MAX_CONCERNS);
        property(schemas, "Concern", "note").maxLength(ReferralReader.MAX_NOTE);
        property(schemas, "History", "contactsLast12Months").minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(ReferralReader.MAX_CONTACTS));
        property(schemas, "Recommendation", "thresholdLevel").minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(ThresholdLevel.values().length));
        Schema<Object> names = property(schemas, "Recommendation", "thresholdName");
        Stream.of(ThresholdLevel.values()).forEach(level -> names.addEnumItemObject(level.name()));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<Object> property(Map<String, Schema> schemas, String schema, String name) {
        return (Schema<Object>) schemas.get(schema).getProperties().get(name);
    }
}
