package frontdoor.service.audit;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.Operation;
import frontdoor.service.web.Refuses;
import frontdoor.service.web.Refusal;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * For auditors: the trail, filtered and paged, and a check of the whole chain. The trail answers a JSON
 * array of entries, oldest first, as it always has; {@code X-Total-Count} and a {@code Link} header
 * ({@code rel="next"}, {@code rel="prev"}) tell a client there is more.
 */
@Tag(name = "Audit", description = "The audit trail and its verification (auditors)")
@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
class AuditController {
    static final int DEFAULT_PAGE_SIZE = 100;
    private static final Pattern CHECKPOINT = Pattern.compile("([1-9][0-9]{0,17}):([0-9a-f]{64})");
    private final AuditLog log;
    private final AuditTrail trail;
    private final AuditZone zone;

    AuditController(AuditLog log, AuditTrail trail, AuditZone zone) {
        this.log = log;
        this.trail = trail;
        this.zone = zone;
    }

    /** Checks the chain, against the keys and checkpoints copied from the logs ({@code checkpoint=SEQ:HASH}, repeated). */
    /** Checks the chain, against the keys and checkpoints copied from the logs ({@code checkpoint=SEQ:HASH}, repeated). */
    @Operation(summary = "Check the whole audit chain: every entry's hash and key seal links to the one before; checkpoints copied from the logs catch a rewritten tail")
    @Refuses(Refusal.BAD_INPUT)
    @GetMapping("/verify")
    Verification verify(@RequestParam(required = false) List<String> checkpoint) {
        Map<Long, String> logged = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (String c : checkpoint == null ? List.<String>of() : checkpoint) {
            Matcher m = CHECKPOINT.matcher(c);
            if (m.matches()) {
                logged.put(Long.parseLong(m.group(1)), m.group(2));
            } else {
                problems.add(new Problem("checkpoint", "must be SEQ:HASH, the seq and hash of a logged checkpoint"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return log.verify(logged);
    }

    /** Days {@code from} and {@code to} are both included, in the policy's time zone; every filter is optional. */
    @Operation(summary = "The audit trail, oldest first, filtered and paged (X-Total-Count and Link headers)")
    @Refuses(Refusal.BAD_INPUT)
    @GetMapping
    ResponseEntity<List<AuditEntry>> trail(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
                                           @RequestParam(required = false) String action, @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "" + DEFAULT_PAGE_SIZE) int size) {
        List<Problem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new Problem("page", "must be 0 or more"));
        }
        if (size < 1 || size > AuditTrail.MAX_PAGE_SIZE) {
            problems.add(new Problem("size", "must be from 1 to " + AuditTrail.MAX_PAGE_SIZE));
        }
        AuditFilter filter = null;
        try {
            filter = AuditFilter.of(subject, actor, action, from, to, this.zone.zone());
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AuditTrail.Page found = trail.page(filter, page, size);
        List<String> links = new ArrayList<>();
        if (page + 1 < found.pages()) {
            links.add(link(page + 1, "next"));
        }
        if (page > 0) {
            links.add(link(Math.min(page, found.pages()) - 1, "prev"));
        }
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().header("X-Total-Count", Long.toString(found.totalEntries()));
        if (!links.isEmpty()) {
            answer.header("Link", String.join(", ", links));
        }
        return answer.body(found.entries());
    }

    private static String link(int page, String rel) {
        return "<" + ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString()
                + ">; rel=\"" + rel + "\"";
    }
}
