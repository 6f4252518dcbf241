package frontdoor.planner;

import frontdoor.planner.ReferralFill.Result;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.Skill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Decides which referrals due today are on time, by ruin and recreate over whole referrals: a missed
 * referral is let in and a few lighter on-time referrals nearby (a skill in common, due within two hours
 * of it) give way; or one that gave way is let back; or a missed one moves up the order. The day is filled
 * again by {@link ReferralFill} each time; a change is kept when the plan misses no more (late acceptance
 * over the last few plans lets it cross small ridges).
 */
final class ReferralSearch {
    private static final int NEARBY_MINUTES = 120;
    private static final int HISTORY = 30;
    private final ReferralFill fill;
    private final Random random = new Random(0);
    private final List<ScreeningReferral> dueToday;
    private final Map<ScreeningReferral, Set<Skill>> skills = new HashMap<>();

    ReferralSearch(ReferralFill fill) {
        this.fill = fill;
        this.dueToday = fill.referrals().stream().filter(ScreeningReferral::dueToday).toList();
        for (ScreeningReferral r : fill.referrals()) {
            Set<Skill> needed = EnumSet.noneOf(Skill.class);
            fill.tasks(r).stream().filter(t -> !t.isPinned()).map(ScreeningTask::getSkill).forEach(needed::add);
            skills.put(r, needed);
        }
    }

    /** The best fill found before {@code deadline} (System.nanoTime()), or as soon as one misses no more than {@code floor} (the lower bound). */
    Result best(long deadline, long floor) {
        Map<ScreeningReferral, Integer> boost = new HashMap<>();
        Set<ScreeningReferral> excluded = new HashSet<>();
        Result current = fill.fill(order(boost), excluded, false);
        Result best = current;
        List<ScreeningReferral> bestOrder = order(boost);
        Set<ScreeningReferral> bestExcluded = excluded;
        long[] history = new long[HISTORY];
        java.util.Arrays.fill(history, current.cost());
        for (int step = 0; System.nanoTime() < deadline && best.weightedMisses() > floor; step++) {
            Map<ScreeningReferral, Integer> nextBoost = new HashMap<>(boost);
            Set<ScreeningReferral> nextExcluded = new HashSet<>(excluded);
            change(current, nextBoost, nextExcluded);
            Result next = fill.fill(order(nextBoost), nextExcluded, false);
            if (next.cost() <= current.cost() || next.cost() <= history[step % HISTORY]) {
                current = next;
                boost = nextBoost;
                excluded = nextExcluded;
                if (current.betterThan(best)) {
                    best = current;
                    bestOrder = order(boost);
                    bestExcluded = excluded;
                }
            }
            history[step % HISTORY] = current.cost();
        }
        return fill.fill(bestOrder, bestExcluded, true);
    }

    private void change(Result current, Map<ScreeningReferral, Integer> boost, Set<ScreeningReferral> excluded) {
        int pick = random.nextInt(5);
        List<ScreeningReferral> missedToday = current.missed().stream().filter(ScreeningReferral::dueToday).toList();
        if (pick == 0 && !excluded.isEmpty()) {
            List<ScreeningReferral> out = new ArrayList<>(excluded);
            excluded.remove(out.get(random.nextInt(out.size())));
            return;
        }
        if (missedToday.isEmpty()) {
            return;
        }
        ScreeningReferral in = heavyFirst(missedToday);
        excluded.remove(in);
        if (pick == 1) {
            boost.merge(in, 15 * (1 + random.nextInt(12)), Integer::sum);
            return;
        }
        if (pick == 2 && !current.onTime().isEmpty()) { // another on-time referral goes later in the order: room before it
            ScreeningReferral later = current.onTime().get(random.nextInt(current.onTime().size()));
            boost.merge(later, -15 * (1 + random.nextInt(8)), Integer::sum);
            return;
        }
        List<ScreeningReferral> nearby = current.onTime().stream()
                .filter(r -> r.ragWeight() <= in.ragWeight() && Math.abs(r.due() - in.due()) <= NEARBY_MINUTES
                        && r.due() <= in.due() + NEARBY_MINUTES / 2 && shareASkill(r, in))
                .toList();
        int count = Math.min(nearby.size(), 1 + random.nextInt(3));
        for (int i = 0; i < count; i++) {
            excluded.add(nearby.get(random.nextInt(nearby.size())));
        }
    }

    /** A missed referral, the heavier the likelier. */
    private ScreeningReferral heavyFirst(List<ScreeningReferral> missed) {
        long total = missed.stream().mapToLong(ScreeningReferral::ragWeight).sum();
        long at = (long) (random.nextDouble() * total);
        for (ScreeningReferral r : missed) {
            at -= r.ragWeight();
            if (at < 0) {
                return r;
            }
        }
        return missed.get(missed.size() - 1);
    }

    private boolean shareASkill(ScreeningReferral a, ScreeningReferral b) {
        return skills.get(a).stream().anyMatch(skills.get(b)::contains);
    }

    /** Due today, by due time less any boost, the heavier first on a tie. */
    private List<ScreeningReferral> order(Map<ScreeningReferral, Integer> boost) {
        return dueToday.stream().sorted(Comparator.comparingInt((ScreeningReferral r) -> r.due() - boost.getOrDefault(r, 0))
                .thenComparingLong(r -> -r.ragWeight()).thenComparing(ScreeningReferral::id)).toList();
    }
}
