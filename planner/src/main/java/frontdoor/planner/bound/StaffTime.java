package frontdoor.planner.bound;

import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.StaffMember;
import frontdoor.planner.domain.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The free minutes of the staff who have any of a set of skills, between two minutes of the day: their
 * working windows less the work already started (pinned). Skill sets are bit masks over {@link Skill}.
 */
final class StaffTime {
    private final int dayEnd;
    /** Free minutes before each minute of the day, summed over the staff of one skill set. */
    private final Map<Integer, long[]> byStaffSkills = new HashMap<>();
    private final Map<Integer, long[]> byAnyOf = new HashMap<>();
    /** Each worker's skill set and runs of free minutes ({@code [start, end)}, one after another). */
    private final List<int[]> runs = new ArrayList<>();

    StaffTime(AllocationPlan plan) {
        this.dayEnd = Math.max(0, plan.getDay().end());
        for (StaffMember staff : plan.getStaff()) {
            int[] free = new int[dayEnd + 1];
            for (Window w : staff.windows()) {
                for (int m = Math.max(0, w.start()); m < Math.min(dayEnd, w.end()); m++) {
                    free[m] = 1;
                }
            }
            for (ScreeningTask t : plan.getTasks()) {
                if (t.isPinned() && t.getStaff().equals(staff)) {
                    for (int m = Math.max(0, t.getPinnedStart()); m < Math.min(dayEnd, t.getPinnedStart() + t.getMinutes()); m++) {
                        free[m] = 0;
                    }
                }
            }
            addRuns(mask(staff), free);
            long[] sum = byStaffSkills.computeIfAbsent(mask(staff), k -> new long[dayEnd + 1]);
            long before = 0;
            for (int m = 0; m < dayEnd; m++) {
                before += free[m];
                sum[m + 1] += before;
            }
        }
    }

    private void addRuns(int mask, int[] free) {
        List<Integer> bounds = new ArrayList<>();
        bounds.add(mask);
        for (int m = 0; m < dayEnd; m++) {
            if (free[m] == 1 && (m == 0 || free[m - 1] == 0)) {
                bounds.add(m);
            }
            if (free[m] == 1 && (m + 1 == dayEnd || free[m + 1] == 0)) {
                bounds.add(m + 1);
            }
        }
        runs.add(bounds.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Free minutes in {@code [from, until)} of everyone with a skill of {@code skills}, for work whose
     * tasks all last a multiple of {@code grain} minutes: a task lies inside one run of a worker's free
     * time, so each run inside the interval holds at most its length rounded down to the grain.
     */
    long free(int skills, int from, int until, int grain) {
        if (grain <= 1) {
            return free(skills, from, until);
        }
        long total = 0;
        for (int[] worker : runs) {
            if ((worker[0] & skills) == 0) {
                continue;
            }
            for (int i = 1; i + 1 < worker.length; i += 2) {
                int length = Math.min(until, worker[i + 1]) - Math.max(from, worker[i]);
                total += length > 0 ? length - length % grain : 0;
            }
        }
        return total;
    }

    static int mask(StaffMember staff) {
        int mask = 0;
        for (Skill s : staff.skills()) {
            mask |= 1 << s.ordinal();
        }
        return mask;
    }

    /** Free minutes in {@code [from, until)} of everyone with at least one skill of {@code skills}. */
    long free(int skills, int from, int until) {
        long[] sum = byAnyOf.computeIfAbsent(skills, this::anyOf);
        return sum[clip(until)] - sum[clip(from)];
    }

    private long[] anyOf(int skills) {
        long[] total = new long[dayEnd + 1];
        byStaffSkills.forEach((staffSkills, sum) -> {
            if ((staffSkills & skills) != 0) {
                for (int m = 0; m <= dayEnd; m++) {
                    total[m] += sum[m];
                }
            }
        });
        return total;
    }

    private int clip(int minute) {
        return Math.max(0, Math.min(dayEnd, minute));
    }
}
