package frontdoor.service.allocation;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.Planner;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.service.allocation.PlanStore.Status;
import frontdoor.service.web.ApiException;
import org.springframework.http.HttpStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Solves today's plans in the background (OptaPlanner's SolverManager) and keeps each plan's best version
 * in the database. At most {@code frontdoor.allocation.max-solving} plans solve at once; only those are
 * held in memory. A change re-plans the rest of the day from the standing plan (see {@link StartingPlan}):
 * the new first plan is stored before the answer, so the manager sees it at once, and solving goes on.
 */
@Service
public class AllocationService {
    private static final Logger LOG = LoggerFactory.getLogger(AllocationService.class);
    private final PolicyHolder policy;
    private final SolutionManager<AllocationPlan, HardMediumSoftLongScore> scores;
    private final SolverManager<AllocationPlan, String> solvers;
    private final PlanStore store;
    private final Roster roster;
    private final ScreeningWork work;
    private final AllocationProperties properties;
    private final Map<String, Job> solving = new ConcurrentHashMap<>();

    /** One plan's solver run: which revision it writes, and whether the manager stopped it. */
    private static final class Job {
        final int revision;
        final CompletableFuture<Void> finished = new CompletableFuture<>();
        volatile boolean stopped;
        volatile SolverJob<AllocationPlan, String> solverJob;

        Job(int revision) {
            this.revision = revision;
        }
    }

    AllocationService(PolicyHolder policy, SolutionManager<AllocationPlan, HardMediumSoftLongScore> scores,
                      SolverManager<AllocationPlan, String> solvers, PlanStore store, Roster roster, ScreeningWork work,
                      AllocationProperties properties) {
        this.policy = policy;
        this.scores = scores;
        this.solvers = solvers;
        this.store = store;
        this.roster = roster;
        this.work = work;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void afterRestart() {
        int interrupted = store.interrupted();
        if (interrupted > 0) {
            LOG.info("{} plan(s) were solving when the service stopped; marked INTERRUPTED", interrupted);
        }
    }

    /** Starts planning the rest of today; the first plan (the better greedy start) is stored before this returns. */
    public synchronized PlanView start(String actor) {
        refuseWhenBusy();
        PlanInput input = Today.build(properties.timezone(), roster.all(), work.tasks(), Map.of(), null, Instant.now());
        Planner planner = policy.current().planner(); // one version for the whole run
        AllocationPlan start = startingPlan(planner, input, null);
        String id = UUID.randomUUID().toString();
        store.insert(id, input, planner.report(start), "started", actor);
        submit(id, 1, start, planner);
        LOG.info("Plan {} started by {}: {} staff, {} tasks", id, actor, input.staff().size(), input.tasks().size());
        return view(id);
    }

    public PlanView view(String id) {
        return PlanView.of(stored(id));
    }

    /** Stops solving early; the best plan so far stays. Stopping a plan that is not solving changes nothing. */
    public synchronized PlanView stop(String id) {
        stored(id);
        Job job = solving.get(id);
        if (job != null) {
            job.stopped = true;
            solvers.terminateEarly(key(id, job.revision));
            await(job);
        }
        return view(id);
    }

    /** Applies a change and re-plans the rest of the day from the standing plan. */
    public synchronized PlanView change(String id, PlanChange change, String actor) {
        PlanStore.Stored before = stored(id);
        Job job = solving.get(id);
        if (job == null) {
            refuseWhenBusy();
        }
        Map<String, PlanInput.Pin> pins = new PlanChanges(roster, work).apply(before, change, actor, Instant.now());
        if (job != null) {
            solvers.terminateEarly(key(id, job.revision));
            await(job);
            before = stored(id);
        }
        PlanInput input = Today.build(properties.timezone(), roster.all(), work.tasks(), pins, before.plan(), Instant.now());
        Planner planner = policy.current().planner();
        AllocationPlan start = startingPlan(planner, input, before.plan());
        int revision = before.revision() + 1;
        store.revise(id, revision, input, planner.report(start), change.summary());
        submit(id, revision, start, planner);
        LOG.info("Plan {} re-planned (revision {}) by {}: {}", id, revision, actor, change.summary());
        return view(id);
    }

    private AllocationPlan startingPlan(Planner planner, PlanInput input, Plan standing) {
        if (input.staff().stream().allMatch(s -> s.windows().isEmpty())) {
            throw ApiException.of(HttpStatus.CONFLICT, "Nobody works",
                    "no one on the roster works for the rest of today: add staff or windows first");
        }
        return StartingPlan.of(planner, scores, input, standing);
    }

    private void submit(String id, int revision, AllocationPlan start, Planner planner) {
        Job job = new Job(revision);
        solving.put(id, job);
        job.solverJob = solvers.solveAndListen(key(id, revision), problemId -> start,
                best -> write(() -> store.best(id, revision, planner.report(best))),
                last -> {
                    write(() -> {
                        store.best(id, revision, planner.report(last));
                        store.finish(id, revision, job.stopped ? Status.STOPPED : Status.DONE);
                    });
                    ended(id, job);
                },
                (problemId, e) -> {
                    LOG.error("Plan {} revision {} failed: {}", id, revision, e.getClass().getName());
                    write(() -> store.finish(id, revision, Status.FAILED));
                    ended(id, job);
                });
    }

    private void ended(String id, Job job) {
        solving.remove(id, job);
        job.finished.complete(null);
    }

    /** Solver threads write the database; a failure there is logged (ids only) and solving goes on. */
    private static void write(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not store a plan: {}", e.getClass().getName());
        }
    }

    private static void await(Job job) {
        try {
            job.finished.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a solver", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("a solver did not stop", e);
        }
    }

    private void refuseWhenBusy() {
        if (solving.size() >= properties.maxSolving()) {
            throw ApiException.of(HttpStatus.TOO_MANY_REQUESTS, "Too many plans solving", solving.size()
                    + " plan(s) are solving, the most this service runs at once; stop one (DELETE) or wait for it to finish");
        }
    }

    private PlanStore.Stored stored(String id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound("no plan " + id));
    }

    private static String key(String id, int revision) {
        return id + "/" + revision;
    }
}
