package frontdoor.planner.bound;

import frontdoor.planner.Plan;
import frontdoor.planner.Plan.LateReferral;
import frontdoor.planner.Plan.Shortage;
import frontdoor.planner.Plan.UnavoidableMiss;
import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.PlanningDay;
import frontdoor.planner.domain.ScreeningReferral;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.Skill;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lower bound on the weighted misses of every plan of a day (the first part of the medium score: RAG
 * weights of the referrals late, or left undone while due today), and the cause of each late referral.
 *
 * <p><b>Why it is a bound.</b> Take any plan that keeps the hard rules, and M the referrals it misses.
 * (1) The unavoidable referrals are in M: each task ends no earlier than {@link Chains} says, whatever the
 * plan. (2) Every other referral due today and not in M is finished by its due time, so each of its
 * unstarted tasks lies inside {@code [earliestStart, latestEnd]} ({@link Chains}). For any set of skills S
 * and interval {@code [a, d)}, the tasks needing a skill of S whose whole range lies in it are done in it
 * by the staff with a skill of S, one task at a time, inside their windows and around started work: so
 * their minutes, less the minutes of those tasks that belong to referrals in M, are at most those staff's
 * free minutes in {@code [a, d)}. Hence the referrals of M offer at least the excess, and their weight is at
 * least the cheapest cover of it ({@link CheapestCover}, exact). Each (S, a, d) gives such a bound on the
 * weight of M outside the unavoidable ones; the largest of them, plus the unavoidable weight, is a bound
 * on the weight of M. Referrals due after today are never missed and add nothing.
 *
 * <p>Two refinements keep it a bound. A task is done inside one run of a worker's free time, so where all
 * the tasks of S last a multiple of g minutes, each run counts its minutes in {@code [a, d)} rounded down
 * to g ({@link StaffTime#free(int, int, int, int)}). And two shortages hold at once, so a weighted sum of
 * them is a shortage too ({@link #combine()}): misses that must fall in two places are added up.
 */
public final class LowerBound {
    /** Interval starts tried per skill set (the distinct earliest starts, thinned evenly beyond this). */
    private static final int STARTS = 24;
    /** Shortages kept for combining in pairs. */
    private static final int KEPT = 16;
    private final PlanningDay day;
    private final Chains chains;
    private final StaffTime staffTime;
    private final Map<ScreeningReferral, UnavoidableMiss> unavoidable = new LinkedHashMap<>();
    /** For an unavoidable miss, the skill that ran out, when one did. */
    private final Map<ScreeningReferral, Skill> ranOut = new LinkedHashMap<>();
    private final List<ScreeningTask> work = new ArrayList<>();
    private final Map<ScreeningReferral, Integer> index = new HashMap<>();
    private Shortage shortage;
    /** The heaviest shortages found, each with what every referral offers to it, for {@link #combine()}. */
    private final List<Candidate> candidates = new ArrayList<>();

    /** One shortage: the minutes each referral (by index) offers to it, capped at the excess, and the excess. */
    private record Candidate(long[] offered, long excess, Shortage shortage) {
    }

    private LowerBound(AllocationPlan plan) {
        this.day = plan.getDay();
        this.chains = new Chains(plan);
        this.staffTime = new StaffTime(plan);
        Map<ScreeningReferral, List<ScreeningTask>> byReferral = new LinkedHashMap<>();
        plan.getTasks().forEach(t -> byReferral.computeIfAbsent(t.getReferral(), r -> new ArrayList<>()).add(t));
        byReferral.forEach((referral, tasks) -> {
            String why = chains.whyUnavoidable(referral, tasks);
            if (why != null) {
                unavoidable.put(referral, new UnavoidableMiss(referral.id(), referral.rag(), why));
                ranOut.put(referral, chains.ranOut(tasks));
            } else if (referral.dueToday()) {
                index.put(referral, index.size());
                tasks.stream().filter(t -> !t.isPinned()).forEach(work::add);
            }
        });
        work.sort(Comparator.comparingInt(chains::latestEnd));
        int required = 0;
        for (ScreeningTask t : work) {
            required |= bit(t.getSkill());
        }
        for (int skills = 1; skills <= required; skills++) {
            if ((skills & ~required) == 0) {
                sweep(skills);
            }
        }
        combine();
    }

    /** The bound of the day of {@code plan} (its pinned tasks count; where the others sit does not). */
    public static LowerBound of(AllocationPlan plan) {
        return new LowerBound(plan);
    }

    public long unavoidableWeight() {
        return unavoidable.keySet().stream().mapToLong(ScreeningReferral::ragWeight).sum();
    }

    public long weightedMisses() {
        return unavoidableWeight() + (shortage == null ? 0 : shortage.weightedMisses());
    }

    /** The bound as the plan carries it, against the plan's own weighted misses. */
    public Plan.Bound against(long planWeightedMisses) {
        String summary = "At least " + weightedMisses() + " weighted misses are unavoidable today; this plan has "
                + planWeightedMisses + ".";
        return new Plan.Bound(weightedMisses(), planWeightedMisses, unavoidableWeight(), List.copyOf(unavoidable.values()),
                shortage, summary);
    }

    /**
     * The late referral marked unavoidable (with why, and the skill that ran out when one did) or capacity (with
     * the skill under the heaviest load before its due time).
     */
    public LateReferral classify(LateReferral late) {
        for (var entry : unavoidable.entrySet()) {
            if (entry.getKey().id().equals(late.referralId())) {
                Skill skill = ranOut.get(entry.getKey());
                return new LateReferral(late.referralId(), late.rag(), late.minutesLate(), late.reason() + " " + entry.getValue().reason(),
                        Plan.Bound.UNAVOIDABLE, skill == null ? null : skill.name());
            }
        }
        Skill bottleneck = null;
        double heaviest = -1;
        for (ScreeningTask t : work) {
            if (t.getReferral().id().equals(late.referralId())) {
                double load = load(t.getSkill(), chains.latestEnd(t));
                if (load > heaviest) {
                    heaviest = load;
                    bottleneck = t.getSkill();
                }
            }
        }
        String reason = bottleneck == null ? late.reason() : late.reason() + " The skill under the heaviest load before its due time is "
                + bottleneck + ": " + Math.round(100 * heaviest) + "% of its free staff time is needed by on-time work (capacity).";
        return new LateReferral(late.referralId(), late.rag(), late.minutesLate(), reason, Plan.Bound.CAPACITY,
                bottleneck == null ? null : bottleneck.name());
    }

    /** Work of {@code skill} due by {@code until} (from the start of the day) over its staff's free minutes. */
    private double load(Skill skill, int until) {
        long minutes = work.stream().filter(t -> t.getSkill() == skill && chains.latestEnd(t) <= until).mapToLong(ScreeningTask::getMinutes).sum();
        return minutes / (double) Math.max(1, staffTime.free(bit(skill), 0, until));
    }

    private void sweep(int skills) {
        List<ScreeningTask> tasks = work.stream().filter(t -> (bit(t.getSkill()) & skills) != 0).toList();
        int[] starts = tasks.stream().mapToInt(chains::earliestStart).map(s -> Math.max(0, s)).distinct().sorted().toArray();
        int step = Math.max(1, (starts.length + STARTS - 1) / STARTS);
        int grain = tasks.stream().mapToInt(ScreeningTask::getMinutes).reduce(0, LowerBound::gcd);
        for (int i = 0; i < starts.length; i += step) {
            sweep(skills, tasks, starts[i], grain);
        }
    }

    /** Each deadline after {@code from} in turn: the work that must lie in between against the free staff time. */
    private void sweep(int skills, List<ScreeningTask> tasks, int from, int grain) {
        long[] offered = new long[index.size()];
        long minutes = 0;
        for (int i = 0; i < tasks.size(); i++) {
            ScreeningTask t = tasks.get(i);
            if (chains.earliestStart(t) >= from) {
                minutes += t.getMinutes();
                offered[index.get(t.getReferral())] += t.getMinutes();
            }
            int until = chains.latestEnd(t);
            if (i + 1 < tasks.size() && chains.latestEnd(tasks.get(i + 1)) == until || until <= from) {
                continue;
            }
            long free = staffTime.free(skills, from, until, grain);
            if (minutes > free) {
                long cost = CheapestCover.of(offers(offered), minutes - free);
                Shortage found = shortage(skills, from, until, minutes, free, cost);
                if (shortage == null || cost > shortage.weightedMisses()) {
                    shortage = found;
                }
                keep(offered, minutes - free, found);
            }
        }
    }

    /** Keeps the {@link #KEPT} heaviest shortages, one per skill set and due time. */
    private void keep(long[] offered, long excess, Shortage found) {
        if (found.weightedMisses() <= 0 || found.weightedMisses() == Long.MAX_VALUE) {
            return;
        }
        for (int i = 0; i < candidates.size(); i++) {
            Shortage other = candidates.get(i).shortage();
            if (other.skills().equals(found.skills()) && other.until().equals(found.until())) {
                if (other.weightedMisses() >= found.weightedMisses()) {
                    return;
                }
                candidates.remove(i);
                break;
            }
        }
        long[] capped = new long[offered.length];
        for (int i = 0; i < offered.length; i++) {
            capped[i] = Math.min(offered[i], excess);
        }
        candidates.add(new Candidate(capped, excess, found));
        candidates.sort(Comparator.comparingLong((Candidate c) -> c.shortage().weightedMisses()).reversed());
        if (candidates.size() > KEPT) {
            candidates.remove(KEPT);
        }
    }

    /**
     * Two shortages at once. The missed referrals M offer at least the excess {@code e1} to the first and
     * {@code e2} to the second (each referral's offer capped at the excess, which keeps both true), so for
     * any {@code k} in 0..4 they also offer {@code k * o1 * e2 + (4 - k) * o2 * e1 >= 4 * e1 * e2}: one
     * shortage again, whose cheapest cover is a bound. Where the two shortages need different referrals
     * (other skills, other hours), this is above either alone.
     */
    private void combine() {
        for (int i = 0; i < candidates.size(); i++) {
            for (int j = i + 1; j < candidates.size(); j++) {
                Candidate a = candidates.get(i);
                Candidate b = candidates.get(j);
                for (int k = 1; k <= 3; k++) {
                    long[] joint = new long[a.offered().length];
                    for (int r = 0; r < joint.length; r++) {
                        joint[r] = k * a.offered()[r] * b.excess() + (4 - k) * b.offered()[r] * a.excess();
                    }
                    long cost = CheapestCover.of(offers(joint), 4 * a.excess() * b.excess());
                    if (cost != Long.MAX_VALUE && cost > shortage.weightedMisses()) {
                        shortage = together(a.shortage(), b.shortage(), cost);
                    }
                }
            }
        }
    }

    private static Shortage together(Shortage a, Shortage b, long cost) {
        List<String> skills = new ArrayList<>(a.skills());
        b.skills().stream().filter(s -> !skills.contains(s)).forEach(skills::add);
        String reason = strip(a.reason()) + " At the same time: " + strip(b.reason()) + " Both at once: referrals of weight "
                + cost + " at least are missed (the fewest whose work frees enough in both).";
        return new Shortage(skills, a.from().isBefore(b.from()) ? a.from() : b.from(), a.until().isAfter(b.until()) ? a.until() : b.until(),
                a.workMinutes() + b.workMinutes(), a.staffMinutes() + b.staffMinutes(), a.minutesShort() + b.minutesShort(), cost, reason);
    }

    /** A single shortage's reason without its closing clause on the weight missed. */
    private static String strip(String reason) {
        int at = reason.indexOf(", so referrals of weight");
        return at < 0 ? reason : reason.substring(0, at) + ".";
    }

    private List<long[]> offers(long[] offered) {
        List<long[]> offers = new ArrayList<>();
        index.forEach((referral, i) -> {
            if (offered[i] > 0) {
                offers.add(new long[] {referral.ragWeight(), offered[i]});
            }
        });
        return offers;
    }

    private Shortage shortage(int skills, int from, int until, long minutes, long free, long cost) {
        List<String> names = new ArrayList<>();
        for (Skill s : Skill.values()) {
            if ((skills & bit(s)) != 0) {
                names.add(s.name());
            }
        }
        String who = String.join(" or ", names);
        String reason = "Between " + day.clock(from) + " and " + day.clock(until) + " the referrals due today need " + minutes
                + " minutes of work that only staff with " + who + " can do, and those staff have " + free
                + " free minutes then: " + (minutes - free) + " minutes of it cannot be done on time, so referrals of weight "
                + cost + " at least are missed (the fewest whose work frees that much).";
        return new Shortage(names, day.instant(from), day.instant(until), (int) minutes, (int) free, (int) (minutes - free), cost, reason);
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static int bit(Skill skill) {
        return 1 << skill.ordinal();
    }
}
