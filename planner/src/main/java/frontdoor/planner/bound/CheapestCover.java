package frontdoor.planner.bound;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fewest weighted misses that free at least {@code need} minutes of work: each referral offers its
 * minutes of the short work and costs its RAG weight if missed. Exact for this one shortage: referrals of
 * the same weight are interchangeable except for their minutes, so for every count taken of each weight
 * the best choice is that many of its largest offers; the search tries every count of every weight but the
 * cheapest, and finds the cheapest weight's count by binary search on its prefix sums.
 */
final class CheapestCover {
    private CheapestCover() {
    }

    /** @param offers referral weight and minutes, one pair per referral; {@return Long.MAX_VALUE when even all of them do not free enough} */
    static long of(List<long[]> offers, long need) {
        if (need <= 0) {
            return 0;
        }
        Map<Long, List<Long>> byWeight = new TreeMap<>((a, b) -> Long.compare(b, a)); // heaviest first
        offers.stream().filter(o -> o[1] > 0).forEach(o -> byWeight.computeIfAbsent(o[0], w -> new ArrayList<>()).add(o[1]));
        List<long[]> prefixes = new ArrayList<>();
        List<Long> weights = new ArrayList<>(byWeight.keySet());
        for (List<Long> minutes : byWeight.values()) {
            long[] sorted = minutes.stream().mapToLong(Long::longValue).sorted().toArray();
            long[] prefix = new long[sorted.length + 1];
            for (int i = 0; i < sorted.length; i++) {
                prefix[i + 1] = prefix[i] + sorted[sorted.length - 1 - i]; // largest first
            }
            prefixes.add(prefix);
        }
        if (prefixes.isEmpty()) {
            return Long.MAX_VALUE;
        }
        return search(weights, prefixes, 0, need, 0, Long.MAX_VALUE);
    }

    private static long search(List<Long> weights, List<long[]> prefixes, int level, long need, long cost, long best) {
        long[] prefix = prefixes.get(level);
        long weight = weights.get(level);
        if (level == prefixes.size() - 1) {
            int count = firstReaching(prefix, need);
            return count < 0 ? best : Math.min(best, cost + count * weight);
        }
        for (int count = 0; count < prefix.length && cost + count * weight < best; count++) {
            long left = need - prefix[count];
            best = left <= 0 ? Math.min(best, cost + count * weight) : search(weights, prefixes, level + 1, left, cost + count * weight, best);
            if (left <= 0) {
                break;
            }
        }
        return best;
    }

    /** The smallest count whose prefix sum reaches {@code need}, or -1. */
    private static int firstReaching(long[] prefix, long need) {
        int at = Arrays.binarySearch(prefix, need);
        if (at >= 0) {
            while (at > 0 && prefix[at - 1] >= need) {
                at--;
            }
            return at;
        }
        int insertion = -at - 1;
        return insertion < prefix.length ? insertion : -1;
    }
}
