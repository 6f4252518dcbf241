package frontdoor.planner.bound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheapest cover against every subset, on small random offers. */
class CheapestCoverTest {

    @Test
    void theLightestReferralsThatFreeEnoughMinutes() {
        List<long[]> offers = List.of(new long[] {100, 120}, new long[] {10, 20}, new long[] {10, 20}, new long[] {1, 5});
        assertThat(CheapestCover.of(offers, 5)).isEqualTo(1);
        assertThat(CheapestCover.of(offers, 25)).isEqualTo(11);
        assertThat(CheapestCover.of(offers, 40)).isEqualTo(20);
        assertThat(CheapestCover.of(offers, 46)).isEqualTo(100);
        assertThat(CheapestCover.of(offers, 0)).isZero();
        assertThat(CheapestCover.of(offers, 500)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void matchesEverySubsetOnRandomOffers() {
        Random random = new Random(7);
        long[] weights = {1, 10, 100};
        for (int round = 0; round < 300; round++) {
            List<long[]> offers = new ArrayList<>();
            int n = 1 + random.nextInt(10);
            for (int i = 0; i < n; i++) {
                offers.add(new long[] {weights[random.nextInt(3)], 5 * (1 + random.nextInt(20))});
            }
            long need = 1 + random.nextInt(300);
            long best = Long.MAX_VALUE;
            for (int set = 0; set < 1 << n; set++) {
                long minutes = 0;
                long cost = 0;
                for (int i = 0; i < n; i++) {
                    if ((set & 1 << i) != 0) {
                        minutes += offers.get(i)[1];
                        cost += offers.get(i)[0];
                    }
                }
                if (minutes >= need) {
                    best = Math.min(best, cost);
                }
            }
            assertThat(CheapestCover.of(offers, need)).as("round %d", round).isEqualTo(best);
        }
    }
}
