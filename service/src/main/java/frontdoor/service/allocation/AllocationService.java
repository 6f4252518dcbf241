package frontdoor.service.allocation;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.Planner;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.service.allocation.PlanStore.Status;
import frontdoor.service.audit.AuditAction;
import frontdoor.service.audit.AuditLog;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.service.web.ApiException;
import org.springframework.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import jakarta.annotation.PreDestroy;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves today's plans in the background (OptaPlanner's SolverManager) and keeps each plan's best version
 * in the database. At most {@code frontdoor.allocation.max-solving} plans solve at once; only those are
 * held in memory. A change re-plans the rest of the day from the standing plan (see {@link ReplanSeed}):
 * the new first plan is stored before the answer, so the manager sees it at once, and solving goes on.
 * A request is checked in full before anything is written; then the plan (and, when someone leaves,
 * their roster entry) is stored with its audit entry in one transaction, so a refused request changes
 * nothing. Referrals the plan cannot take (no task recipe) are listed in every plan as unassigned.
 * With several instances on one database, the instance that solves a plan holds its {@link PlanLease}; a
 * stop or change sent to another instance asks the holder to stop through the database, waits for it, and
 * the change then solves here (the lease moves with it).
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
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final PlanLease lease;
    private final Map<String, Job> solving = new ConcurrentHashMap<>();
    private ScheduledExecutorService leases;

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
                      AllocationProperties properties, AuditLog audit, TransactionTemplate tx, PlanLease lease) {
        this.policy = policy;
        this.scores = scores;
        this.solvers = solvers;
        this.store = store;
        this.roster = roster;
        this.work = work;
        this.properties = properties;
        this.audit = audit;
        this.tx = tx;
        this.lease = lease;
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void afterRestart() {
        expireLeases();
        leases = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "plan-leases");
            t.setDaemon(true);
            return t;
        });
        leases.scheduleWithFixedDelay(this::tendLeases, lease.renewMillis(), lease.renewMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    synchronized void shutdown() {
        if (leases != null) {
            leases.shutdownNow();
        }
    }

    /** Renews the leases of the plans solving here, stops those another instance asked to stop, expires dead ones. */
    private void tendLeases() {
        try {
            lease.renew(solving.keySet());
            List<String> asked = lease.stopsRequested();
            if (!asked.isEmpty()) {
                stopAsked(asked);
            }
            expireLeases();
        } catch (RuntimeException e) {
            LOG.warn("Could not tend the plan leases: {}", e.getClass().getName());
        }
    }

    private synchronized void stopAsked(List<String> ids) {
        for (String id : ids) {
            Job job = solving.get(id);
            if (job != null) {
                job.stopped = true;
                halt(id, job);
            }
        }
    }

    private void expireLeases() {
        int interrupted = lease.expired();
        if (interrupted > 0) {
            LOG.info("{} plan(s) were solving on an instance that stopped renewing its lease; marked INTERRUPTED", interrupted);
        }
    }

    /**
     * When another instance solves the plan under a live lease: asks it to stop and waits (at most 30 s) until it
     * has stored its last plan, or its lease has run out. Refused (409, naming the instance) if it is still solving.
     */
    private void stopElsewhere(String id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Optional<String> holder = lease.heldElsewhere(id);
        if (holder.isPresent()) {
            lease.requestStop(id);
        }
        while (holder.isPresent() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while another instance stopped a plan", e);
            }
            holder = lease.heldElsewhere(id);
        }
        if (holder.isPresent()) {
            throw ApiException.of(HttpStatus.CONFLICT, "Solving elsewhere", "plan " + id + " is solving on instance " + holder.get()
                    + ", which has not stopped it yet; try again");
        }
        expireLeases();
    }

    /** Starts planning the rest of today; the first plan (the better greedy start) is stored before this returns. */
    public synchronized PlanView start(String actor) {
        Instant now = Instant.now();
        refuseWhenBusy();
        List<Staff> team = roster.all();
        refuseWhenNobodyWorks(team, now);
        ScreeningWork.Work today = work.today();
        PlanInput input = Today.build(properties.timezone(), team, today.tasks(), Map.of(), null, now);
        Planner planner = policy.current().planner(); // one version for the whole run
        AllocationPlan start = ReplanSeed.of(planner, scores, input, null);
        String id = UUID.randomUUID().toString();
        Plan first = report(planner, start, today.unplanned());
        tx.executeWithoutResult(s -> {
            store.insert(id, input, first, "started", actor);
            lease.take(id);
            audit.record(actor, AuditAction.PLAN_STARTED, id, AuditDetail.of("planId", id, "revision", 1,
                    "staff", input.staff().size(), "tasks", input.tasks().size()));
        });
        submit(id, 1, start, planner, today.unplanned());
        LOG.info("Plan {} started by {}: {} staff, {} tasks", id, actor, input.staff().size(), input.tasks().size());
        return view(id);
    }

    /** A plan's score by constraint with the reasons behind each, on the weights in force (the API's and the page's). */
    public PlanAnalysis analysis(String id) {
        return analysis(stored(id));
    }

    /** The same for a plan already read, so a page shows the analysis of the version it shows. */
    PlanAnalysis analysis(PlanStore.Stored stored) {
        return PlanAnalysis.of(stored, policy.current().planner(), scores);
    }

    public PlanView view(String id) {
        return PlanView.of(stored(id));
    }

    /** The plan started last, if any. */
    Optional<PlanView> latest() {
        return store.latest(1).stream().findFirst().map(s -> view(s.id()));
    }

    /** The MASH's time zone: which day "today" is. */
    public java.time.ZoneId zone() {
        return properties.timezone();
    }

    /** The latest plan at a glance, for the manager's home page. */
    public Optional<PlanSummary> summary() {
        return latest().map(PlanSummary::of);
    }

    /** Stops solving early; the best plan so far stays. Stopping a plan that is not solving changes nothing. */
    public synchronized PlanView stop(String id, String actor) {
        PlanStore.Stored before = stored(id);
        Job job = solving.get(id);
        if (job != null) {
            job.stopped = true;
            halt(id, job);
            tx.executeWithoutResult(s -> audit.record(actor, AuditAction.PLAN_STOPPED, id, AuditDetail.of("planId", id, "revision", job.revision)));
        } else if (lease.heldElsewhere(id).isPresent()) {
            stopElsewhere(id);
            tx.executeWithoutResult(s -> audit.record(actor, AuditAction.PLAN_STOPPED, id, AuditDetail.of("planId", id, "revision", before.revision())));
        }
        return view(id);
    }

    /**
     * Applies a change and re-plans the rest of the day from the standing plan. Every check (the change
     * itself, someone still working) comes before the solver is stopped or anything is written.
     */
    public synchronized PlanView change(String id, PlanChange change, String actor) {
        Instant now = Instant.now();
        PlanStore.Stored before = stored(id);
        Job job = solving.get(id);
        if (job == null) {
            refuseWhenBusy();
        }
        if (job == null && lease.heldElsewhere(id).isPresent()) {
            PlanChanges.Applied checked = new PlanChanges(roster, work).apply(before, change, now); // refused before anything stops
            refuseWhenNobodyWorks(checked.team(roster.all()), now);
            stopElsewhere(id);
            before = stored(id);
        }
        PlanChanges.Applied applied = new PlanChanges(roster, work).apply(before, change, now);
        List<Staff> team = applied.team(roster.all());
        refuseWhenNobodyWorks(team, now);
        if (job != null) {
            halt(id, job);
            before = stored(id);
        }
        ScreeningWork.Work today = work.today();
        PlanInput input = Today.build(properties.timezone(), team, today.tasks(), applied.pins(), before.plan(), now);
        Planner planner = policy.current().planner();
        AllocationPlan start = ReplanSeed.of(planner, scores, input, before.plan());
        int revision = before.revision() + 1;
        Plan first = report(planner, start, today.unplanned());
        tx.executeWithoutResult(s -> {
            if (applied.leaver() != null) {
                roster.put(applied.leaver(), actor);
            }
            store.revise(id, revision, input, first, change.summary());
            lease.take(id);
            audit.record(actor, AuditAction.PLAN_CHANGED, id, AuditDetail.of("planId", id, "revision", revision, "change", change.type(),
                    "referralId", change.referralId(), "staffId", change.staffId(), "taskId", change.taskId()));
        });
        submit(id, revision, start, planner, today.unplanned());
        LOG.info("Plan {} re-planned (revision {}) by {}: {}", id, revision, actor, change.summary());
        return view(id);
    }

    /**
     * Refused (409) when no one on the team has a window that ends after now on the plan's clock: their
     * windows for the rest of today (as {@link Today} clips them) would all be empty.
     */
    private static void refuseWhenNobodyWorks(List<Staff> team, Instant now) {
        Instant t0 = Today.clock(now);
        if (team.stream().noneMatch(s -> s.windows().stream().anyMatch(w -> w.end().isAfter(t0)))) {
            throw ApiException.of(HttpStatus.CONFLICT, "Nobody works",
                    "no one on the roster works for the rest of today: add staff or windows first");
        }
    }

    /** The planner's report of a plan, with the referrals it cannot take listed among the unassigned. */
    private static Plan report(Planner planner, AllocationPlan plan, List<Plan.Unassigned> unplanned) {
        Plan report = planner.report(plan);
        if (unplanned.isEmpty()) {
            return report;
        }
        List<Plan.Unassigned> unassigned = new ArrayList<>(report.unassigned());
        unassigned.addAll(unplanned);
        return report.withUnassigned(unassigned);
    }

    private void submit(String id, int revision, AllocationPlan start, Planner planner, List<Plan.Unassigned> unplanned) {
        Job job = new Job(revision);
        solving.put(id, job);
        job.solverJob = solvers.solveAndListen(key(id, revision), problemId -> start,
                best -> write(() -> store.best(id, revision, report(planner, best, unplanned))),
                last -> {
                    write(() -> {
                        store.best(id, revision, report(planner, last, unplanned));
                        store.finish(id, revision, job.stopped ? Status.STOPPED : Status.DONE);
                    });
                    ended(id, job);
                },
                (problemId, e) -> {
                    LOG.error("Plan {} revision {} failed: {}", id, revision, e.getClass().getName(), e); // the planner holds ids, no personal data
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

    /** How long a solver that has ended may take to hand its last plan to the store before the run is ended here. */
    private static final long HAND_OVER_NANOS = TimeUnit.SECONDS.toNanos(2);

    /**
     * Stops a run and waits (at most 30 s) until its last plan is stored. The stop is sent again every 100 ms:
     * a stop that reaches OptaPlanner after the run is active but before its solver starts is forgotten when
     * the solver starts, and a run cancelled before it started never calls back, so it is ended here; so is a run
     * whose solver has ended but has not handed over its last plan within 2 s (the plan stored last stands).
     */
    private void halt(String id, Job job) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        long notSolvingSince = 0;
        do {
            solvers.terminateEarly(key(id, job.revision));
            boolean notSolving = job.solverJob.getSolverStatus() == SolverStatus.NOT_SOLVING;
            notSolvingSince = notSolving ? (notSolvingSince == 0 ? System.nanoTime() : notSolvingSince) : 0;
            boolean handedOver = notSolving && System.nanoTime() - notSolvingSince < HAND_OVER_NANOS;
            if (notSolving && (cancelledBeforeItStarted(job) || !handedOver)) {
                if (!handedOver) {
                    LOG.warn("Plan {} revision {}: the solver ended without handing over its last plan; the last stored plan stands", id,
                            job.revision);
                }
                write(() -> store.finish(id, job.revision, job.stopped ? Status.STOPPED : Status.DONE));
                ended(id, job);
                return;
            }
            try {
                job.finished.get(100, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                // not yet: stop it again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stopping a solver", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a solver did not stop", e);
            }
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("a solver did not stop (" + job.solverJob.getSolverStatus() + ")");
    }

    /** Only asked of a run that is not solving, so it does not block. */
    private static boolean cancelledBeforeItStarted(Job job) {
        try {
            job.solverJob.getFinalBestSolution();
            return false;
        } catch (CancellationException e) {
            return true;
        } catch (ExecutionException e) {
            return false; // failed: the exception handler ends the run
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping a solver", e);
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
