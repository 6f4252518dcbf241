package frontdoor.service.web;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * The refusals an API operation can answer, each with the sentence the OpenAPI document gives it and, for
 * those made before the operation runs (401, 403, 406, 415), the problem's detail ({@link ErrorAnswers}).
 * Every one is an RFC 9457 problem ({@code application/problem+json}). 401, 403 and 406 (every API route needs
 * HTTP Basic and one of its roles, and answers JSON), and 400, 413 and 415 for an operation that takes a JSON
 * body, are described for every such operation; the rest an operation names with {@link Refuses}.
 */
public enum Refusal {
    BAD_INPUT(400, "Bad input: every broken field is named in `errors` (path and reason); nothing was stored."),
    UNAUTHENTICATED(401, "No credentials, or wrong ones: the API takes HTTP Basic."),
    FORBIDDEN(403, "The user's roles do not allow this operation."),
    NOT_FOUND(404, "Nothing of that id."),
    OWN_DECISION(403, "A problem when the user made the decision: someone else signs it off."),
    OWN_DRAFT(403, "A problem when the user is one of the draft's authors: another practice lead approves it (four eyes)."),
    CONFLICT(409, "In conflict with what is stored (for example, already decided, or not in a state that allows it)."),
    TOO_LARGE(413, "The body is larger than the service accepts (1 MiB unless configured otherwise)."),
    NOT_ACCEPTABLE(406, "The Accept header does not allow the operation's media type (application/json, or text/plain for a policy file): nothing was done."),
    UNSUPPORTED_MEDIA_TYPE(415, "The body is not sent as application/json: nothing was done."),
    UNPROCESSABLE(422, "Well-formed, but the service cannot act on it as it stands (the problem's detail says why)."),
    TOO_MANY(429, "Too many at once (the problem's detail says how many may run); try again later.");

    private final int status;
    private final String description;

    Refusal(int status, String description) {
        this.status = status;
        this.description = description;
    }

    public String code() {
        return Integer.toString(status);
    }

    public String description() {
        return description;
    }

    /** The refusal of this status made before an operation runs, if there is one. */
    static Optional<Refusal> madeBefore(int status) {
        return Stream.of(UNAUTHENTICATED, FORBIDDEN, NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE).filter(r -> r.status == status).findFirst();
    }
}
