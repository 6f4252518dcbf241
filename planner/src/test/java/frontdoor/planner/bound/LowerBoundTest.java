package frontdoor.planner.bound;

import static org.assertj.core.api.Assertions.assertThat;

import frontdoor.planner.Plan;
import frontdoor.planner.PlanChecker;
import frontdoor.planner.PlanInput;
import frontdoor.planner.Planner;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The bound on days whose best plan is known by construction; the solved plan meets it there. */
class LowerBoundTest {
    static final Planner PLANNER = Planner.withShippedWeights();

    static Days team() {
        return new Days()
                .staff("P1", Agency.POLICE, 9, 17, Skill.POLICE_SYSTEMS)
                .staff("W1", Agency.SOCIAL_CARE, 9, 17, Skill.QUALIFIED_SOCIAL_WORKER, Skill.SOCIAL_CARE_SYSTEMS)
                .staff("W2", Agency.SOCIAL_CARE, 9, 17, Skill.QUALIFIED_SOCIAL_WORKER, Skill.SOCIAL_CARE_SYSTEMS);
    }

    static Plan solve(PlanInput day) {
        Plan plan = PLANNER.solve(day, Duration.ofSeconds(2));
        assertThat(PlanChecker.violations(day, plan)).isEmpty();
        return plan;
    }

    @Test
    void whenEveryReferralFitsTheBoundIsZeroAndSoIsThePlan() {
        PlanInput day = team().staff("M1", Agency.SOCIAL_CARE, 9, 17, Skill.MASH_MANAGER)
                .referral("R-1", RagRating.RED, Days.at(12, 0), TaskKind.POLICE_CHECK, 60)
                .referral("R-2", RagRating.AMBER, Days.at(13, 0), TaskKind.SOCIAL_CARE_CHECK, 45)
                .referral("R-3", RagRating.GREEN, Days.at(15, 0), TaskKind.POLICE_CHECK, 45).day();
        Plan plan = solve(day);
        assertThat(plan.bound().weightedMisses()).isZero();
        assertThat(plan.bound().planWeightedMisses()).isZero();
        assertThat(plan.bound().unavoidableMisses()).isEmpty();
        assertThat(plan.bound().capacity()).isNull();
        assertThat(plan.bound().summary()).isEqualTo("At least 0 weighted misses are unavoidable today; this plan has 0.");
    }

    @Test
    void aRedWhoseChainCannotFitBeforeItsDueTimeIsUnavoidableAndNamed() {
        // police check 30, decision 60, sign-off 15 from 09:00 ends at 10:45 at the earliest; due 10:00.
        PlanInput day = team().staff("M1", Agency.SOCIAL_CARE, 9, 17, Skill.MASH_MANAGER)
                .referral("R-1", RagRating.RED, Days.at(10, 0), TaskKind.POLICE_CHECK, 60)
                .referral("R-2", RagRating.AMBER, Days.at(13, 0), TaskKind.SOCIAL_CARE_CHECK, 45).day();
        Plan plan = solve(day);
        assertThat(plan.bound().weightedMisses()).isEqualTo(100);
        assertThat(plan.bound().planWeightedMisses()).isEqualTo(100);
        assertThat(plan.bound().unavoidableMisses()).singleElement().satisfies(miss -> {
            assertThat(miss.referralId()).isEqualTo("R-1");
            assertThat(miss.reason()).contains("due at 10:00", "R-1-1 POLICE_CHECK", "09:30", "R-1-2 SCREENING_DECISION",
                    "10:30", "R-1-3 MANAGER_SIGN_OFF", "10:45", "(unavoidable)");
        });
        assertThat(plan.lateReferrals()).singleElement().satisfies(late -> {
            assertThat(late.referralId()).isEqualTo("R-1");
            assertThat(late.cause()).isEqualTo(Plan.Bound.UNAVOIDABLE);
            assertThat(late.bottleneck()).as("every skill is there: the chain is only too long").isNull();
        });
    }

    /** No one with the health skill works today (none on the roster, or all gone home): the RED that needs a health check is unavoidable, and says which skill ran out. */
    @Test
    void anUnavoidableMissNamesTheSkillThatRanOut() {
        PlanInput day = team().staff("M1", Agency.SOCIAL_CARE, 9, 17, Skill.MASH_MANAGER)
                .referral("R-1", RagRating.RED, Days.at(13, 0), TaskKind.HEALTH_CHECK, 60)
                .referral("R-2", RagRating.AMBER, Days.at(13, 0), TaskKind.POLICE_CHECK, 45).day();
        Plan plan = solve(day);
        assertThat(plan.lateReferrals()).singleElement().satisfies(late -> {
            assertThat(late.referralId()).isEqualTo("R-1");
            assertThat(late.cause()).isEqualTo(Plan.Bound.UNAVOIDABLE);
            assertThat(late.bottleneck()).isEqualTo("HEALTH_SYSTEMS");
            assertThat(late.reason()).contains("R-1-1 HEALTH_CHECK", "needs a skill no one working today has");
        });
    }

    @Test
    void aManagerInOnlyLateIsTheBottleneckAndTheCheapestReferralsPayForIt() {
        // One manager, in 11:00 to 12:00: four 15-minute sign-offs before 12:00, seven referrals due at 12:00.
        // Police checks and decisions have time to spare (three of each), so the best plan misses three referrals: the three GREEN ones.
        Days days = team().staff("M1", Agency.SOCIAL_CARE, 11, 12, Skill.MASH_MANAGER)
                .staff("P2", Agency.POLICE, 9, 17, Skill.POLICE_SYSTEMS)
                .staff("P3", Agency.POLICE, 9, 17, Skill.POLICE_SYSTEMS)
                .staff("W3", Agency.SOCIAL_CARE, 9, 17, Skill.QUALIFIED_SOCIAL_WORKER, Skill.SOCIAL_CARE_SYSTEMS)
                .staff("M2", Agency.SOCIAL_CARE, 12, 17, Skill.MASH_MANAGER);
        for (int i = 1; i <= 4; i++) {
            days.referral("A-" + i, RagRating.AMBER, Days.at(12, 0), TaskKind.POLICE_CHECK, 45);
        }
        for (int i = 1; i <= 3; i++) {
            days.referral("G-" + i, RagRating.GREEN, Days.at(12, 0), TaskKind.POLICE_CHECK, 45);
        }
        Plan plan = solve(days.day());
        assertThat(plan.bound().unavoidable()).isZero();
        assertThat(plan.bound().weightedMisses()).isEqualTo(3);
        assertThat(plan.bound().capacity().skills()).containsExactly("MASH_MANAGER");
        assertThat(plan.bound().capacity().minutesShort()).isEqualTo(45);
        assertThat(plan.bound().planWeightedMisses()).isEqualTo(3);
        assertThat(plan.lateReferrals()).hasSize(3).allSatisfy(late -> {
            assertThat(late.rag()).isEqualTo(RagRating.GREEN);
            assertThat(late.cause()).isEqualTo(Plan.Bound.CAPACITY);
            assertThat(late.bottleneck()).isEqualTo("MASH_MANAGER");
        });
    }

    @Test
    void twoShortagesOfOtherSkillsAtOtherHoursAddUp() {
        // Five AMBER due at 12:00 whose sign-offs only M1 can do (in 11:00 to 12:00: four of them): one AMBER misses.
        // Three AMBER due at 16:00 whose police checks only P1 can do (in 14:00 to 15:00: two of them): one AMBER misses.
        // No referral helps both shortages, so the best plan misses two AMBER (20); either shortage alone says 10, and so
        // do police and managers together (M2 is in from 12:00, so the two skills have time to spare between them).
        Days days = new Days()
                .staff("P1", Agency.POLICE, 14, 15, Skill.POLICE_SYSTEMS)
                .staff("W1", Agency.SOCIAL_CARE, 9, 17, Skill.QUALIFIED_SOCIAL_WORKER, Skill.SOCIAL_CARE_SYSTEMS)
                .staff("W2", Agency.SOCIAL_CARE, 9, 17, Skill.QUALIFIED_SOCIAL_WORKER, Skill.SOCIAL_CARE_SYSTEMS)
                .staff("W3", Agency.SOCIAL_CARE, 9, 17, Skill.QUALIFIED_SOCIAL_WORKER, Skill.SOCIAL_CARE_SYSTEMS)
                .staff("M1", Agency.SOCIAL_CARE, 11, 12, Skill.MASH_MANAGER)
                .staff("M2", Agency.SOCIAL_CARE, 12, 17, Skill.MASH_MANAGER);
        for (int i = 1; i <= 5; i++) {
            days.referral("A-" + i, RagRating.AMBER, Days.at(12, 0), TaskKind.SOCIAL_CARE_CHECK, 45);
        }
        for (int i = 1; i <= 3; i++) {
            days.referral("B-" + i, RagRating.AMBER, Days.at(16, 0), TaskKind.POLICE_CHECK, 45);
        }
        Plan plan = solve(days.day());
        assertThat(plan.bound().unavoidable()).isZero();
        assertThat(plan.bound().weightedMisses()).isEqualTo(20);
        assertThat(plan.bound().capacity().skills()).containsExactlyInAnyOrder("MASH_MANAGER", "POLICE_SYSTEMS");
        assertThat(plan.bound().capacity().reason()).contains("At the same time", "Both at once: referrals of weight 20");
        assertThat(plan.bound().planWeightedMisses()).isEqualTo(20);
        assertThat(plan.lateReferrals()).extracting(Plan.LateReferral::referralId)
                .hasSize(2).anyMatch(id -> id.startsWith("A-")).anyMatch(id -> id.startsWith("B-"));
    }

    @Test
    void minutesTooShortForATaskAreNotCountedAsTime() {
        // Sign-offs can start at 10:05 at the earliest (a 20-minute check and a 45-minute decision from 09:00). Two managers
        // in 10:00 to 12:00 have 115 minutes each before 12:00, but only seven 15-minute sign-offs each fit in it: 14 of
        // the 16 referrals due at 12:00 are on time at best. Counting minutes alone (230 against 240) would say one miss.
        Days days = new Days()
                .staff("M1", Agency.SOCIAL_CARE, 10, 12, Skill.MASH_MANAGER)
                .staff("M2", Agency.SOCIAL_CARE, 10, 12, Skill.MASH_MANAGER);
        for (int i = 1; i <= 8; i++) {
            days.staff("W" + i, Agency.SOCIAL_CARE, 9, 17, Skill.QUALIFIED_SOCIAL_WORKER, Skill.SOCIAL_CARE_SYSTEMS);
        }
        for (int i = 1; i <= 16; i++) {
            days.referral("A-" + i, RagRating.AMBER, Days.at(12, 0), TaskKind.SOCIAL_CARE_CHECK, 45);
        }
        Plan plan = solve(days.day());
        assertThat(plan.bound().weightedMisses()).isEqualTo(20);
        assertThat(plan.bound().capacity().skills()).containsExactly("MASH_MANAGER");
        assertThat(plan.bound().capacity().staffMinutes()).isEqualTo(210);
        assertThat(plan.bound().planWeightedMisses()).isEqualTo(20);
    }
}
