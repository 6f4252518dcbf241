package frontdoor.service.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The shape of every refusal's body in the OpenAPI document (RFC 9457, {@code application/problem+json});
 * documentation only: the bodies are Spring's {@code ProblemDetail}s that {@link ProblemHandler} and
 * {@link ApiException} make, and {@code errors} holds {@code frontdoor.rules.Problem}s.
 */
@Schema(name = "Problem", description = "An RFC 9457 problem. Bad input names every broken field in `errors`, never the values.")
record ProblemBody(@Schema(description = "a URI reference; about:blank unless said otherwise") String type, String title, int status,
                   String detail, @Schema(description = "the path asked for") String instance,
                   @Schema(description = "Bad input only: each broken field, by JSON path, and why") List<BrokenField> errors) {

    @Schema(name = "BrokenField", description = "One broken field of an input: its JSON path and why it was refused.")
    record BrokenField(@Schema(example = "$.concerns[0].code") String path,
                       @Schema(example = "is not in the indicator catalogue in force") String reason) {
    }
}
