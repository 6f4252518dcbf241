package frontdoor.service.home;

import frontdoor.service.allocation.AllocationService;
import frontdoor.service.audit.AuditFilter;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.audit.AuditTrail;
import frontdoor.service.decision.SignOffs;
import frontdoor.service.policy.Drafts;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.referral.ReferralService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in person's home page: what needs doing now. For screening (worker, lead, manager) that is the
 * queue at a glance: how many referrals await a decision, how many are RED and how many overdue. For the
 * manager also the day's plan: whether it is still solving, and how many referrals it will finish late or leaves,
 * and how many decisions wait for their sign-off.
 * A practice lead first sees the policy: the version in force, since when and who agreed it, and the drafts
 * waiting for a second lead's approval or ready to publish, read from the same service as the policy API.
 * For the auditor it is whether the record can be trusted (the chain checked now) and what was recorded today.
 */
@Controller
class HomePage {
    private final ReferralService referrals;
    private final AllocationService plans;
    private final AuditLog audit;
    private final AuditTrail trail;
    private final Drafts drafts;
    private final PolicyHolder policy;
    private final Clock clock;
    private final SignOffs signOffs;

    HomePage(ReferralService referrals, AllocationService plans, AuditLog audit, AuditTrail trail, Drafts drafts,
             PolicyHolder policy, ObjectProvider<Clock> clock, SignOffs signOffs) {
        this.signOffs = signOffs;
        this.referrals = referrals;
        this.plans = plans;
        this.audit = audit;
        this.trail = trail;
        this.drafts = drafts;
        this.policy = policy;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/")
    String home(Authentication who, Model model) {
        if (has(who, "ROLE_WORKER") || has(who, "ROLE_PRACTICE_LEAD") || has(who, "ROLE_MANAGER")) {
            model.addAttribute("summary", referrals.queueSummary(clock.instant()));
        }
        if (has(who, "ROLE_MANAGER")) {
            model.addAttribute("plan", plans.summary().orElse(null));
            model.addAttribute("today", LocalDate.ofInstant(clock.instant(), plans.zone()));
            model.addAttribute("signOffs", signOffs.awaiting().size());
        }
        if (has(who, "ROLE_AUDITOR")) {
            ZoneId zone = policy.current().zone();
            String today = LocalDate.now(clock.withZone(zone)).toString();
            model.addAttribute("verification", audit.verify());
            model.addAttribute("today", today);
            model.addAttribute("recordedToday", trail.page(AuditFilter.of(null, null, null, today, today, zone), 0, 1).totalEntries());
        }
        if (has(who, "ROLE_PRACTICE_LEAD")) {
            model.addAttribute("overview", drafts.overview());
            model.addAttribute("zone", policy.current().zone());
        }
        return "home";
    }

    private static boolean has(Authentication who, String role) {
        return who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role));
    }
}
