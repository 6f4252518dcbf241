package frontdoor.service.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For auditors: the trail of one subject, and a check of the whole chain. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/verify")
    Verification verify() {
        return log.verify();
    }

    @GetMapping
    List<AuditEntry> about(@RequestParam String subject) {
        return log.about(subject);
    }
}
