package frontdoor.service.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/sign-offs}: the decisions awaiting a manager's sign-off, the longest waiting first. */
@Tag(name = "Decisions")
@RestController
class SignOffController {
    private final SignOffs signOffs;

    SignOffController(SignOffs signOffs) {
        this.signOffs = signOffs;
    }

    @Operation(summary = "The decisions awaiting a manager's sign-off, the longest waiting first")
    @GetMapping(path = "/api/v1/sign-offs", produces = MediaType.APPLICATION_JSON_VALUE)
    List<SignOffs.Waiting> awaiting() {
        return signOffs.awaiting();
    }
}
