package frontdoor.service.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;

/**
 * The shape of a refusal made before any of Frontdoor's code runs (no or wrong credentials, a role that
 * does not allow the call, a body that is not JSON): Spring Boot's error answer, {@code application/json}.
 * Documentation only.
 */
@Schema(name = "Error", description = "A refusal made before the operation runs (authentication, roles, content type): the status and the path, nothing else.")
record ErrorBody(OffsetDateTime timestamp, int status, @Schema(example = "Forbidden") String error,
                 @Schema(example = "/api/v1/referrals") String path) {
}
