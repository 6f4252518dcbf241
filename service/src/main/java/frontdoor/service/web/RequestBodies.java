package frontdoor.service.web;

import frontdoor.rules.Agency;
import frontdoor.rules.Consent;
import frontdoor.rules.RagRating;
import frontdoor.rules.Referral;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;

/**
 * The shapes of the request bodies that have no record of their own (controllers take bodies as text and
 * read them strictly), for the OpenAPI document only. The generated-client test sends them, so a shape that
 * the service would refuse fails the build.
 */
public final class RequestBodies {
    private RequestBodies() {
    }

    @Schema(name = "DecisionRequest", description = "A screening decision: what the social-care worker decides, always with a rationale.")
    public record Decision(@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "4") int thresholdLevel,
                           @Schema(requiredMode = RequiredMode.REQUIRED) RagRating rag,
                           @Schema(requiredMode = RequiredMode.REQUIRED, example = "STRATEGY_DISCUSSION") String pathway,
                           @Schema(example = "[\"MARAC_REFERRAL\"]") List<String> actions,
                           @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 4000) String rationale) {
    }

    @Schema(name = "SignOffRequest", description = "A manager's sign-off of the decision in force, with an optional comment.")
    public record SignOff(@Schema(maxLength = 4000) String comment) {
    }

    @Schema(name = "ImpactPeriod", description = "The referrals received from `from` up to `to` (instants) to replay a draft on; "
            + "the last 90 days up to now unless given.")
    public record ImpactPeriod(@Schema(format = "date-time") String from, @Schema(format = "date-time") String to) {
    }

    @Schema(name = "AmendmentRequest", description = "A manager's amendment of the decision, with the reason for it.")
    public record Amendment(@Schema(requiredMode = RequiredMode.REQUIRED, minimum = "1", maximum = "4") int thresholdLevel,
                            @Schema(requiredMode = RequiredMode.REQUIRED) RagRating rag,
                            @Schema(requiredMode = RequiredMode.REQUIRED) String pathway, List<String> actions,
                            @Schema(maxLength = 4000) String rationale,
                            @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 4000) String reason) {
    }

    public enum Outcome { NOTHING_KNOWN, FINDINGS }

    @Schema(name = "CheckResult", description = "What an agency's check found: concerns and history facts it adds, a summary, and whether it is restricted.")
    public record CheckResult(@Schema(requiredMode = RequiredMode.REQUIRED) Outcome outcome, List<Referral.Concern> concerns,
                              Referral.History history, @Schema(maxLength = 4000) String summary, Boolean restricted,
                              @Schema(description = "the id of an earlier entry this one replaces") Long supersedes,
                              @Schema(maxLength = 4000) String reason) {
    }

    @Schema(name = "Information", description = "Information from any agency, without a check: as a check's result, with the agency that gave it.")
    public record Information(@Schema(requiredMode = RequiredMode.REQUIRED) Agency agency,
                              @Schema(requiredMode = RequiredMode.REQUIRED) Outcome outcome, List<Referral.Concern> concerns,
                              Referral.History history, @Schema(maxLength = 4000) String summary, Boolean restricted,
                              Long supersedes, @Schema(maxLength = 4000) String reason) {
    }

    @Schema(name = "ConsentChange", description = "A change of consent; NOT_REQUIRED with its lawful basis as the reason.")
    public record ConsentChange(@Schema(requiredMode = RequiredMode.REQUIRED) Consent consent, String reason) {
    }

    @Schema(name = "PolicyDraftRequest", description = "A new draft, from the version in force or the one named.")
    public record PolicyDraft(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 2000) String note,
                              @Schema(description = "a version id") String basedOn) {
    }

    @Schema(name = "PolicyApproval", description = "A second practice lead's approval, naming the sign-off.")
    public record PolicyApproval(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 2000) String note,
                                 @Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200) String reference) {
    }

    @Schema(name = "PolicyPublication", description = "Why this version is put in force.")
    public record PolicyPublication(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 2000) String note) {
    }
}
