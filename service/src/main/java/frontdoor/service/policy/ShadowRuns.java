package frontdoor.service.policy;

import frontdoor.rules.Replay;
import frontdoor.service.web.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Drafts running in shadow. A draft that passes every check is evaluated, besides the version in force, on
 * each referral that arrives from then on: its own thread reads the new referrals' stored inputs after they
 * are committed (every {@code frontdoor.policy.shadow-millis}), so a referral's request never waits for it,
 * and what the draft recommends is only tallied here, never shown to workers nor stored as a
 * recommendation. The practice lead reads the comparison live ({@link ShadowReport}); a run lasts until it
 * is stopped or the service restarts, and follows the revision it was started on.
 */
@Service
public class ShadowRuns {
    private static final Logger LOG = LoggerFactory.getLogger(ShadowRuns.class);
    private final Drafts drafts;
    private final DraftStore draftStore;
    private final Publishing publishing;
    private final CompiledDrafts compiled;
    private final PastReferrals past;
    private final Clock clock;
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService evaluator;

    /** One run: the draft compiled as checked, the replay tallying it, and the last referral (row id) it has seen. */
    private static final class Run {
        final PolicyDraft draft;
        final PolicyInForce inForce;
        final PolicyInForce compiled;
        final Replay replay;
        final Instant startedAt;
        final String startedBy;
        volatile long seen;
        volatile Instant stoppedAt;

        Run(PolicyDraft draft, PolicyInForce inForce, PolicyInForce compiled, Instant startedAt, String startedBy, long seen) {
            this.draft = draft;
            this.inForce = inForce;
            this.compiled = compiled;
            this.replay = PolicyInForce.replay(inForce, compiled);
            this.startedAt = startedAt;
            this.startedBy = startedBy;
            this.seen = seen;
        }

        ShadowReport report() {
            return new ShadowReport(draft.draftId(), draft.revision(), inForce.versionId(), compiled.versionId(), startedAt, startedBy,
                    stoppedAt == null, stoppedAt, replay.report());
        }
    }

    ShadowRuns(Drafts drafts, DraftStore draftStore, Publishing publishing, CompiledDrafts compiled, PastReferrals past,
               ObjectProvider<Clock> clock, @Value("${frontdoor.policy.shadow-millis:1000}") long every) {
        this.drafts = drafts;
        this.draftStore = draftStore;
        this.publishing = publishing;
        this.compiled = compiled;
        this.past = past;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.evaluator = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policy-shadow");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        evaluator.scheduleWithFixedDelay(this::evaluateNew, every, every, TimeUnit.MILLISECONDS);
    }

    /** Starts (or starts again, from now) the draft's shadow run once every check passes; 422 naming the problems if not. */
    public ShadowReport start(String draftId, String actor) {
        PolicyDraft d = drafts.draft(draftId, false);
        if (d.state() == PolicyDraft.State.PUBLISHED) {
            throw ApiException.conflict("draft " + draftId + " was published as " + d.versionId() + "; it is in force, not in shadow");
        }
        PolicyChecks.Checked checked = publishing.checked(draftId, d.revision(), draftStore.files(draftId), actor);
        Publishing.refuseUnless(checked.report().errors(), List.of(), "run in shadow");
        Run run = new Run(d, compiled.inForce(), checked.compiled(), clock.instant(), actor, past.lastId());
        runs.put(draftId, run);
        LOG.info("Draft {} revision {} runs in shadow", draftId, d.revision());
        return run.report();
    }

    /** The live comparison; 404 when the draft never ran in shadow since the service started. */
    public ShadowReport report(String draftId) {
        drafts.draft(draftId, false);
        Run run = runs.get(draftId);
        if (run == null) {
            throw ApiException.notFound("draft " + draftId + " is not running in shadow");
        }
        return run.report();
    }

    /** Stops the run; its comparison stays readable until it is started again. */
    public ShadowReport stop(String draftId) {
        Run run = runs.get(draftId);
        if (run == null) {
            drafts.draft(draftId, false);
            throw ApiException.notFound("draft " + draftId + " is not running in shadow");
        }
        if (run.stoppedAt == null) {
            run.stoppedAt = clock.instant();
            LOG.info("Draft {} no longer runs in shadow", draftId);
        }
        return run.report();
    }

    /** The running shadow runs' reports, for the policy pages. */
    public List<ShadowReport> reports() {
        return runs.values().stream().map(Run::report).toList();
    }

    /** Evaluates the referrals stored since each running run last looked. */
    void evaluateNew() {
        try {
            List<Run> running = runs.values().stream().filter(r -> r.stoppedAt == null).toList();
            if (running.isEmpty()) {
                return;
            }
            long from = running.stream().mapToLong(r -> r.seen).min().orElseThrow();
            for (PastReferrals.Arrived a : past.arrivedAfter(from)) {
                for (Run run : running) {
                    if (a.id() > run.seen && run.stoppedAt == null) {
                        run.replay.add(a.input());
                        run.seen = a.id();
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Shadow evaluation failed: {}", e.getClass().getSimpleName());
        }
    }

    @jakarta.annotation.PreDestroy
    void stopAll() {
        evaluator.shutdownNow();
    }
}
