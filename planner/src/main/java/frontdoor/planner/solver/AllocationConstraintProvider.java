package frontdoor.planner.solver;

import static frontdoor.planner.domain.AllocationWeights.AGENCY_CHECKS_SPLIT;
import static frontdoor.planner.domain.AllocationWeights.FAMILY_DECISIONS_SPLIT;
import static frontdoor.planner.domain.AllocationWeights.INSIDE_WORKING_WINDOW;
import static frontdoor.planner.domain.AllocationWeights.MINUTES_LATE;
import static frontdoor.planner.domain.AllocationWeights.ONE_TASK_AT_A_TIME;
import static frontdoor.planner.domain.AllocationWeights.PINNED_TASKS_STAY;
import static frontdoor.planner.domain.AllocationWeights.PRECEDENCE;
import static frontdoor.planner.domain.AllocationWeights.REFERRAL_MISSED;
import static frontdoor.planner.domain.AllocationWeights.REQUIRED_SKILL;
import static frontdoor.planner.domain.AllocationWeights.TASK_LEFT_FOR_ANOTHER_DAY;
import static frontdoor.planner.domain.AllocationWeights.WORKLOAD_IMBALANCE;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countDistinct;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.max;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import frontdoor.planner.domain.Precedence;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.TaskKind;
import frontdoor.planner.solver.justifications.GroupJustification;
import frontdoor.planner.solver.justifications.ReferralJustification;
import frontdoor.planner.solver.justifications.TaskJustification;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;

/** docs/allocation.md "What the plan optimises", one method per rule; the weights come from {@code AllocationWeights}. */
public class AllocationConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard
                requiredSkill(factory),
                insideWorkingWindow(factory),
                oneTaskAtATime(factory),
                precedence(factory),
                pinnedTasksStay(factory),
                // Medium
                referralMissed(factory),
                minutesLate(factory),
                // Soft
                taskLeftForAnotherDay(factory),
                familyDecisionsSplit(factory),
                agencyChecksSplit(factory),
                workloadImbalance(factory),
        };
    }

    Constraint requiredSkill(ConstraintFactory factory) {
        return factory.forEach(ScreeningTask.class)
                .filter(task -> !task.getStaff().hasSkill(task.getSkill()))
                .penalizeConfigurable()
                .justifyWith((task, score) -> about(task, task.getStaff() + " does not have " + task.getSkill()
                        + ", which " + task.describe() + " needs."))
                .asConstraint(REQUIRED_SKILL);
    }

    Constraint insideWorkingWindow(ConstraintFactory factory) {
        return factory.forEach(ScreeningTask.class)
                .filter(task -> outside(task) > 0)
                .penalizeConfigurableLong(task -> outside(task))
                .justifyWith((task, score) -> about(task, task.describe() + " runs " + outside(task)
                        + " minutes outside " + task.getStaff() + "'s working hours (" + at(task) + ")."))
                .asConstraint(INSIDE_WORKING_WINDOW);
    }

    Constraint oneTaskAtATime(ConstraintFactory factory) {
        return factory.forEachUniquePair(ScreeningTask.class,
                        equal(ScreeningTask::getStaff),
                        overlapping(ScreeningTask::getStart, ScreeningTask::getEnd))
                .penalizeConfigurableLong(AllocationConstraintProvider::overlap)
                .justifyWith((a, b, score) -> about(a, a.getStaff() + " is booked on " + a.describe() + " and "
                        + b.describe() + " at once for " + overlap(a, b) + " minutes."))
                .asConstraint(ONE_TASK_AT_A_TIME);
    }

    Constraint precedence(ConstraintFactory factory) {
        return factory.forEach(Precedence.class)
                .join(ScreeningTask.class, equal(Precedence::afterId, ScreeningTask::getId))
                .join(factory.forEachIncludingNullVars(ScreeningTask.class),
                        equal((precedence, later) -> precedence.beforeId(), ScreeningTask::getId))
                .filter((precedence, later, before) -> waiting(later, before) > 0)
                .penalizeConfigurableLong((precedence, later, before) -> waiting(later, before))
                .justifyWith((precedence, later, before, score) -> about(later, later.describe() + " starts at "
                        + later.getReferral().day().clock(later.getStart()) + " but " + before.describe()
                        + (before.isAssigned() ? " ends only at " + before.getReferral().day().clock(before.getEnd())
                                : " is not done today") + "."))
                .asConstraint(PRECEDENCE);
    }

    Constraint pinnedTasksStay(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScreeningTask.class)
                .filter(ScreeningTask::isOffItsPin)
                .penalizeConfigurable()
                .justifyWith((task, score) -> about(task, task.describe() + " was pinned to " + task.getPinnedStaffId()
                        + " at " + task.getReferral().day().clock(task.getPinnedStart()) + " but has been moved."))
                .asConstraint(PINNED_TASKS_STAY);
    }

    Constraint referralMissed(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScreeningTask.class)
                .groupBy(ScreeningTask::getReferral, max(ScreeningTask::getCompletion))
                .filter(ScreeningReferral::missed)
                .penalizeConfigurableLong((referral, completion) -> referral.ragWeight())
                .justifyWith((referral, completion, score) -> late(referral, completion))
                .asConstraint(REFERRAL_MISSED);
    }

    Constraint minutesLate(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScreeningTask.class)
                .groupBy(ScreeningTask::getReferral, max(ScreeningTask::getCompletion))
                .filter((referral, completion) -> referral.minutesLate(completion) > 0)
                .penalizeConfigurableLong((referral, completion) -> referral.ragWeight() * referral.minutesLate(completion))
                .justifyWith((referral, completion, score) -> late(referral, completion))
                .asConstraint(MINUTES_LATE);
    }

    Constraint taskLeftForAnotherDay(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScreeningTask.class)
                .filter(task -> !task.isAssigned())
                .penalizeConfigurableLong(task -> task.getReferral().ragWeight() * task.getMinutes())
                .justifyWith((task, score) -> about(task, task.describe() + ", " + task.getMinutes() + " minutes of "
                        + task.getReferral().rag() + " work due " + task.getReferral().day().clock(task.getReferral().due())
                        + ", is not done today."))
                .asConstraint(TASK_LEFT_FOR_ANOTHER_DAY);
    }

    Constraint familyDecisionsSplit(ConstraintFactory factory) {
        return factory.forEach(ScreeningTask.class)
                .filter(task -> task.getKind() == TaskKind.SCREENING_DECISION)
                .groupBy(task -> task.getReferral().familyId(), countDistinct(ScreeningTask::getStaff))
                .filter((family, workers) -> workers > 1)
                .penalizeConfigurable((family, workers) -> workers - 1)
                .justifyWith((family, workers, score) -> new GroupJustification(family, "The screening decisions of family "
                        + family + " are split across " + workers + " workers."))
                .asConstraint(FAMILY_DECISIONS_SPLIT);
    }

    Constraint agencyChecksSplit(ConstraintFactory factory) {
        return factory.forEach(ScreeningTask.class)
                .filter(task -> task.getKind().isCheck())
                .groupBy(task -> task.getReferral().id(), task -> task.getKind().agency(), countDistinct(ScreeningTask::getStaff))
                .filter((referral, agency, workers) -> workers > 1)
                .penalizeConfigurable((referral, agency, workers) -> workers - 1)
                .justifyWith((referral, agency, workers, score) -> new GroupJustification(referral, "The " + agency
                        + " checks of " + referral + " are split across " + workers + " workers."))
                .asConstraint(AGENCY_CHECKS_SPLIT);
    }

    Constraint workloadImbalance(ConstraintFactory factory) {
        return factory.forEach(ScreeningTask.class)
                .groupBy(ScreeningTask::getStaff, sum(ScreeningTask::getMinutes))
                .penalizeConfigurableLong((staff, booked) -> staff.loadSquared(booked))
                .justifyWith((staff, booked, score) -> new GroupJustification(staff.id(), staff + " is booked for "
                        + booked + " of " + staff.windowMinutes() + " working minutes."))
                .asConstraint(WORKLOAD_IMBALANCE);
    }

    private static int outside(ScreeningTask task) {
        return task.getStaff().minutesOutsideWindows(task.getStart(), task.getEnd());
    }

    private static long overlap(ScreeningTask a, ScreeningTask b) {
        return Math.min(a.getEnd(), b.getEnd()) - Math.max(a.getStart(), b.getStart());
    }

    /** Minutes {@code later} starts too early for {@code before}; its whole length when {@code before} is not done today. */
    private static int waiting(ScreeningTask later, ScreeningTask before) {
        return before.isAssigned() ? Math.max(0, before.getEnd() - later.getStart()) : later.getMinutes();
    }

    private static String at(ScreeningTask task) {
        var day = task.getReferral().day();
        return day.clock(task.getStart()) + " to " + day.clock(task.getEnd());
    }

    private static TaskJustification about(ScreeningTask task, String sentence) {
        return new TaskJustification(task.getId(), task.getReferral().id(), sentence);
    }

    private static ReferralJustification late(ScreeningReferral referral, int completion) {
        int minutes = referral.minutesLate(completion);
        var day = referral.day();
        String sentence = referral.id() + " (" + referral.rag() + ") is due at " + day.clock(referral.due())
                + (completion == ScreeningReferral.NOT_TODAY ? " and is not finished today"
                        : " and its last task ends at " + day.clock(completion))
                + ": " + minutes + " minutes late.";
        return new ReferralJustification(referral.id(), referral.rag(), minutes, sentence);
    }
}
