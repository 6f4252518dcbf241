package frontdoor.service.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

/** The shapes of the small answers that are built as maps, for the OpenAPI document only. */
public final class AnswerBodies {
    private AnswerBodies() {
    }

    @Schema(name = "PolicyDraftCreated")
    public record Draft(@Schema(requiredMode = RequiredMode.REQUIRED) String draftId) {
    }

    @Schema(name = "PolicyFileSaved")
    public record Saved(@Schema(requiredMode = RequiredMode.REQUIRED) String draftId,
                        @Schema(requiredMode = RequiredMode.REQUIRED, example = "threshold.dmn") String file,
                        @Schema(requiredMode = RequiredMode.REQUIRED) int revision) {
    }

    @Schema(name = "PolicyDraftApproved")
    public record Approved(@Schema(requiredMode = RequiredMode.REQUIRED) String draftId,
                           @Schema(requiredMode = RequiredMode.REQUIRED, example = "APPROVED") String state) {
    }

    @Schema(name = "PolicyVersionInForce")
    public record Published(@Schema(requiredMode = RequiredMode.REQUIRED) String versionId) {
    }
}
