package frontdoor.planner.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanningDayTest {

    @Test
    void clockTimesNameTheDayOnlyWhenItIsNotToday() {
        // Minute 0 is 09:00 on Tuesday 10 March 2026 (GMT); a referral overdue since yesterday says so.
        assertThat(Fixtures.DAY.clock(155)).isEqualTo("11:35");
        assertThat(Fixtures.DAY.clock(-17 * 60)).isEqualTo("Mon 9 Mar 16:00");
        assertThat(Fixtures.DAY.minute(Fixtures.DAY.instant(155))).isEqualTo(155);
    }
}
