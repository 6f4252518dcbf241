package frontdoor.planner.bound;

import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.StaffMember;
import frontdoor.planner.domain.Window;
import java.util.HashMap;
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
            long[] sum = byStaffSkills.computeIfAbsent(mask(staff), k -> new long[dayEnd + 1]);
            long before = 0;
            for (int m = 0; m < dayEnd; m++) {
                before += free[m];
                sum[m + 1] += before;
            }
        }
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
