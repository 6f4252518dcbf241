package frontdoor.planner.solver;

import static frontdoor.planner.domain.Skill.HEALTH_SYSTEMS;
import static frontdoor.planner.domain.Skill.POLICE_SYSTEMS;
import static frontdoor.planner.domain.Skill.QUALIFIED_SOCIAL_WORKER;
import static frontdoor.planner.domain.TaskKind.HEALTH_CHECK;
import static frontdoor.planner.domain.TaskKind.POLICE_CHECK;
import static frontdoor.planner.domain.TaskKind.SCREENING_DECISION;
import static frontdoor.planner.solver.Fixtures.referral;
import static frontdoor.planner.solver.Fixtures.staff;
import static frontdoor.planner.solver.Fixtures.task;
import static frontdoor.rules.RagRating.AMBER;
import static frontdoor.rules.RagRating.GREEN;
import static frontdoor.rules.RagRating.RED;

import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.Precedence;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import frontdoor.planner.domain.Window;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class AllocationConstraintProviderTest {
    static final ConstraintVerifier<AllocationConstraintProvider, AllocationPlan> verifier =
            ConstraintVerifier.build(new AllocationConstraintProvider(), AllocationPlan.class, ScreeningTask.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET); // as the solver (solverConfig.xml)
    final StaffMember police = staff("S1", POLICE_SYSTEMS);
    final StaffMember social = staff("S2", QUALIFIED_SOCIAL_WORKER);
    final ScreeningReferral r1 = referral("R-1", "F-1", AMBER, 240);

    @Test
    void requiredSkill() {
        // Only the decision sits with a worker who lacks its skill: one match of weight 1.
        verifier.verifyThat(AllocationConstraintProvider::requiredSkill)
                .given(task("T1", r1, POLICE_CHECK, 30).assign(police, 0),
                        task("T2", r1, SCREENING_DECISION, 45).assign(police, 30),
                        task("T3", r1, HEALTH_CHECK, 30))
                .penalizesBy(1);
    }

    @Test
    void insideWorkingWindow() {
        // S3 works 09:00-12:00 and 13:00-17:00; a 30-minute task from 11:45 runs 15 minutes past noon,
        // one at 12:00 runs 30 minutes into the break, one at 13:00 fits: 15 + 30.
        StaffMember partTime = staff("S3", POLICE_SYSTEMS, new Window(0, 180), new Window(240, 480));
        verifier.verifyThat(AllocationConstraintProvider::insideWorkingWindow)
                .given(task("T1", r1, POLICE_CHECK, 30).assign(partTime, 165),
                        task("T2", r1, POLICE_CHECK, 30).assign(partTime, 180),
                        task("T3", r1, POLICE_CHECK, 30).assign(partTime, 240))
                .penalizesBy(45);
    }

    @Test
    void oneTaskAtATime() {
        // T1 10:00-10:30 and T2 10:20-10:50 overlap by 10 minutes; T3 starts as T2 ends; T4 is someone else's.
        verifier.verifyThat(AllocationConstraintProvider::oneTaskAtATime)
                .given(task("T1", r1, POLICE_CHECK, 30).assign(police, 60),
                        task("T2", r1, POLICE_CHECK, 30).assign(police, 80),
                        task("T3", r1, POLICE_CHECK, 30).assign(police, 110),
                        task("T4", r1, SCREENING_DECISION, 45).assign(social, 60))
                .penalizesBy(10);
    }

    @Test
    void precedence() {
        // The decision starts at 09:20 but the police check ends at 09:30 (10 minutes) and the health
        // check is not done today (the decision's whole 45 minutes): 10 + 45.
        ScreeningTask decision = task("T3", r1, SCREENING_DECISION, 45, "T1", "T2").assign(social, 20);
        verifier.verifyThat(AllocationConstraintProvider::precedence)
                .given(task("T1", r1, POLICE_CHECK, 30).assign(police, 0), task("T2", r1, HEALTH_CHECK, 30), decision,
                        new Precedence("T1", "T3"), new Precedence("T2", "T3"))
                .penalizesBy(55);
    }

    @Test
    void precedenceMetCostsNothing() {
        // The decision starts exactly when the check ends.
        verifier.verifyThat(AllocationConstraintProvider::precedence)
                .given(task("T1", r1, POLICE_CHECK, 30).assign(police, 0),
                        task("T3", r1, SCREENING_DECISION, 45).assign(social, 30), new Precedence("T1", "T3"))
                .penalizesBy(0);
    }

    @Test
    void pinnedTasksStay() {
        // T1 is pinned and moved to another start; T2 is pinned and where it was pinned.
        ScreeningTask moved = task("T1", r1, POLICE_CHECK, 30).pin(police, 0).assign(police, 30);
        verifier.verifyThat(AllocationConstraintProvider::pinnedTasksStay)
                .given(moved, task("T2", r1, SCREENING_DECISION, 45).pin(social, 60))
                .penalizesBy(1);
    }

    @Test
    void referralMissed() {
        // R-1 (AMBER, due 13:00) ends 13:30: missed, 10. R-2 (RED, due 10:00) has a task not done today: missed, 100.
        // R-3 (GREEN) is due tomorrow and undone: not missed. R-4 (RED) ends on time.
        ScreeningReferral r2 = referral("R-2", "F-2", RED, 60);
        ScreeningReferral r3 = referral("R-3", "F-3", GREEN, 2000);
        ScreeningReferral r4 = referral("R-4", "F-4", RED, 60);
        verifier.verifyThat(AllocationConstraintProvider::referralMissed)
                .given(task("T1", r1, POLICE_CHECK, 30).assign(police, 240),
                        task("T2", r2, POLICE_CHECK, 30).assign(police, 0), task("T3", r2, HEALTH_CHECK, 30),
                        task("T4", r3, POLICE_CHECK, 30),
                        task("T5", r4, POLICE_CHECK, 30).assign(police, 30))
                .penalizesBy(10 + 100);
    }

    @Test
    void minutesLate() {
        // R-1 (AMBER) 30 minutes late: 10 x 30. R-2 (RED, due 10:00) unfinished: late until 17:00, 100 x 420.
        ScreeningReferral r2 = referral("R-2", "F-2", RED, 60);
        verifier.verifyThat(AllocationConstraintProvider::minutesLate)
                .given(task("T1", r1, POLICE_CHECK, 30).assign(police, 240), task("T2", r2, HEALTH_CHECK, 30))
                .penalizesBy(10 * 30 + 100 * 420);
    }

    @Test
    void taskLeftForAnotherDay() {
        // Due tomorrow: the unassigned GREEN 30-minute check costs 1 x 30, the AMBER 20-minute one 10 x 20;
        // the AMBER one due today costs 10 x 30 as well as being late (so a referral that will be late anyway
        // still has its checks done); the assigned one costs nothing.
        ScreeningReferral green = referral("R-2", "F-2", GREEN, 2000);
        ScreeningReferral amber = referral("R-3", "F-3", AMBER, 2000);
        verifier.verifyThat(AllocationConstraintProvider::taskLeftForAnotherDay)
                .given(task("T1", green, POLICE_CHECK, 30), task("T2", amber, HEALTH_CHECK, 20),
                        task("T3", green, HEALTH_CHECK, 30).assign(police, 0), task("T4", r1, POLICE_CHECK, 30))
                .penalizesBy(30 + 200 + 300);
    }

    @Test
    void familyDecisionsSplit() {
        // Family F-1's three decisions sit with three workers: two more than one.
        StaffMember other = staff("S4", QUALIFIED_SOCIAL_WORKER);
        StaffMember third = staff("S5", QUALIFIED_SOCIAL_WORKER);
        ScreeningReferral sibling = referral("R-2", "F-1", AMBER, 240);
        ScreeningReferral cousin = referral("R-3", "F-1", AMBER, 240);
        verifier.verifyThat(AllocationConstraintProvider::familyDecisionsSplit)
                .given(task("T1", r1, SCREENING_DECISION, 45).assign(social, 0),
                        task("T2", sibling, SCREENING_DECISION, 45).assign(other, 0),
                        task("T3", cousin, SCREENING_DECISION, 45).assign(third, 0))
                .penalizesBy(2);
    }

    @Test
    void agencyChecksSplit() {
        // Two police checks of R-1 with two workers: 1. The health check alone does not count.
        StaffMember otherPolice = staff("S6", POLICE_SYSTEMS);
        verifier.verifyThat(AllocationConstraintProvider::agencyChecksSplit)
                .given(task("T1", r1, POLICE_CHECK, 30).assign(police, 0),
                        task("T2", r1, POLICE_CHECK, 30).assign(otherPolice, 0),
                        task("T3", r1, HEALTH_CHECK, 30).assign(otherPolice, 60))
                .penalizesBy(1);
    }

    @Test
    void workloadImbalance() {
        // S1 (480 minutes) booked 240: 50% squared = 2500; S2 booked 120: 25% squared = 625.
        verifier.verifyThat(AllocationConstraintProvider::workloadImbalance)
                .given(task("T1", r1, POLICE_CHECK, 120).assign(police, 0), task("T2", r1, POLICE_CHECK, 120).assign(police, 120),
                        task("T3", r1, SCREENING_DECISION, 120).assign(social, 0))
                .penalizesBy(2500 + 625);
    }
}
