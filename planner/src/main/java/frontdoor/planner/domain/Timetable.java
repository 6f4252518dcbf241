package frontdoor.planner.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Who is booked when, with bookings that can be taken back: finds the earliest free start on the grain inside one window. */
public final class Timetable {
    private final Map<StaffMember, TreeMap<Integer, Integer>> booked = new HashMap<>();

    public void book(StaffMember staff, int start, int end) {
        booked.computeIfAbsent(staff, s -> new TreeMap<>()).put(start, end);
    }

    public void unbook(StaffMember staff, int start) {
        booked.get(staff).remove(start);
    }

    /** The earliest start from {@code from} on the grain, inside one window of {@code staff} and clear of bookings, or MAX_VALUE. */
    public int earliestFit(StaffMember staff, int from, int minutes) {
        TreeMap<Integer, Integer> busy = booked.get(staff);
        for (Window w : staff.windows()) {
            int at = onGrain(Math.max(from, w.start()));
            while (at + minutes <= w.end()) {
                var clash = busy == null ? null : busy.floorEntry(at + minutes - 1);
                if (clash == null || clash.getValue() <= at) {
                    return at;
                }
                at = onGrain(clash.getValue());
            }
        }
        return Integer.MAX_VALUE;
    }

    private static int onGrain(int minute) {
        return Math.floorDiv(minute + AllocationPlan.GRAIN - 1, AllocationPlan.GRAIN) * AllocationPlan.GRAIN;
    }
}
