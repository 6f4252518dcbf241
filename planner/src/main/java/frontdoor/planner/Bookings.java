package frontdoor.planner;

import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import frontdoor.planner.domain.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Who is booked when: finds the earliest free slot on the grain inside a worker's windows. */
public final class Bookings {
    private final Map<StaffMember, List<int[]>> booked = new HashMap<>();

    /** The bookings of every assigned task of a plan. */
    public static Bookings of(List<ScreeningTask> tasks) {
        Bookings bookings = new Bookings();
        tasks.stream().filter(ScreeningTask::isAssigned).forEach(t -> bookings.book(t.getStaff(), t.getStart(), t.getEnd()));
        return bookings;
    }

    public Bookings copy() {
        Bookings copy = new Bookings();
        booked.forEach((staff, list) -> copy.booked.put(staff, new ArrayList<>(list)));
        return copy;
    }

    public void book(StaffMember staff, int start, int end) {
        booked.computeIfAbsent(staff, s -> new ArrayList<>()).add(new int[] {start, end});
    }

    /** The earliest start from {@code from} at which {@code staff} is in and free for {@code minutes}, or null. */
    public Integer earliestFit(StaffMember staff, int from, int minutes) {
        List<int[]> busy = booked.getOrDefault(staff, List.of());
        for (Window window : staff.windows()) {
            int start = onGrain(Math.max(from, window.start()));
            while (start + minutes <= window.end()) {
                int clash = clashEnd(busy, start, start + minutes);
                if (clash < 0) {
                    return start;
                }
                start = onGrain(clash);
            }
        }
        return null;
    }

    /** The end of a booking that overlaps {@code [from, to)}, or -1. */
    private static int clashEnd(List<int[]> busy, int from, int to) {
        for (int[] b : busy) {
            if (b[0] < to && from < b[1]) {
                return b[1];
            }
        }
        return -1;
    }

    private static int onGrain(int minute) {
        return Math.floorDiv(minute + AllocationPlan.GRAIN - 1, AllocationPlan.GRAIN) * AllocationPlan.GRAIN;
    }
}
