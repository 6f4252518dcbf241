package frontdoor.service.home;

import frontdoor.service.allocation.AllocationService;
import frontdoor.service.referral.ReferralService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in person's home page: what needs doing now. For screening (worker, lead, manager) that is the
 * queue at a glance: how many referrals await a decision, how many are RED and how many overdue. For the
 * manager also the day's plan: whether it is still solving, and how many referrals it will finish late or leaves.
 */
@Controller
class HomePage {
    private final ReferralService referrals;
    private final AllocationService plans;
    private final Clock clock;

    HomePage(ReferralService referrals, AllocationService plans, ObjectProvider<Clock> clock) {
        this.referrals = referrals;
        this.plans = plans;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/")
    String home(Authentication who, Model model) {
        boolean screening = who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_WORKER")
                || a.getAuthority().equals("ROLE_PRACTICE_LEAD") || a.getAuthority().equals("ROLE_MANAGER"));
        if (screening) {
            model.addAttribute("summary", referrals.queueSummary(clock.instant()));
        }
        if (who.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_MANAGER"))) {
            model.addAttribute("plan", plans.summary().orElse(null));
            model.addAttribute("today", LocalDate.ofInstant(clock.instant(), plans.zone()));
        }
        return "home";
    }
}
