package frontdoor.service.allocation;

import frontdoor.planner.PlanInput;
import frontdoor.rules.RagRating;
import frontdoor.service.gathering.RoseToRed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A RED referral must be placed at once: every {@code frontdoor.allocation.watch-seconds}, the day's latest
 * plan (solving or done) is re-planned as soon as a RED referral in screening is not in it yet, as if the
 * manager had sent REFERRAL_ARRIVED. AMBER and GREEN referrals wait for the manager's next change or re-plan.
 * A referral that an agency's information raises to RED ({@link RoseToRed}) is the same live change, sent at
 * once, even when the plan already has the referral (its tasks were AMBER or GREEN until now).
 */
@Component
class RedReferralWatch {
    private static final Logger LOG = LoggerFactory.getLogger(RedReferralWatch.class);
    static final String ACTOR = "red-referral-watch";
    private final AllocationService service;
    private final PlanStore store;
    private final ScreeningWork work;
    private final AllocationProperties properties;
    private ScheduledExecutorService timer;
    private String watched;
    private final Set<String> handled = new HashSet<>(); // referrals the watched plan has had, so each arrives once

    RedReferralWatch(AllocationService service, PlanStore store, ScreeningWork work, AllocationProperties properties) {
        this.service = service;
        this.store = store;
        this.work = work;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        if (properties.watchSeconds() > 0 && timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "red-referral-watch");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::look, properties.watchSeconds(), properties.watchSeconds(), TimeUnit.SECONDS);
        }
    }

    @jakarta.annotation.PreDestroy
    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** After the revision that raised it has committed: re-plan today's standing plan with the referral as RED. */
    @EventListener
    synchronized void rose(RoseToRed rose) {
        try {
            List<PlanStore.Stored> latest = store.latest(1);
            if (latest.isEmpty() || !standsToday(latest.get(0)) || !work.referrals().stream()
                    .anyMatch(r -> r.referralId().equals(rose.referralId()) && work.hasRecipe(r.pathway()))) {
                return;
            }
            handled.add(rose.referralId());
            service.change(latest.get(0).id(), new PlanChange(PlanChange.Type.REFERRAL_ARRIVED, rose.referralId(), null, null, null, null), ACTOR);
        } catch (RuntimeException e) {
            LOG.warn("Could not re-plan for a referral raised to RED: {}", e.getClass().getName());
        }
    }

    synchronized void look() {
        try {
            List<PlanStore.Stored> latest = store.latest(1);
            if (latest.isEmpty() || !standsToday(latest.get(0))) {
                return;
            }
            PlanStore.Stored plan = store.find(latest.get(0).id()).orElseThrow();
            if (!plan.id().equals(watched)) {
                watched = plan.id();
                handled.clear();
            }
            plan.input().tasks().forEach(t -> handled.add(t.referralId()));
            List<String> arrived = work.referrals().stream()
                    .filter(r -> r.rag() == RagRating.RED && !handled.contains(r.referralId()) && work.hasRecipe(r.pathway()))
                    .map(ScreeningWork.InScreening::referralId).toList();
            if (!arrived.isEmpty()) {
                handled.addAll(arrived); // once: a referral whose work is done drops out of the plan and must not bring it back
                service.change(plan.id(), new PlanChange(PlanChange.Type.REFERRAL_ARRIVED, arrived.get(0), null, null, null, null), ACTOR);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not look for new RED referrals: {}", e.getClass().getName());
        }
    }

    private boolean standsToday(PlanStore.Stored plan) {
        boolean standing = plan.status() == PlanStore.Status.SOLVING || plan.status() == PlanStore.Status.DONE;
        return standing && LocalDate.ofInstant(plan.createdAt(), properties.timezone()).equals(LocalDate.ofInstant(Instant.now(), properties.timezone()));
    }
}
