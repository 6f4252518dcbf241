package frontdoor.planner.domain;

import frontdoor.rules.Agency;
import java.util.List;
import java.util.Set;

/** A member of the MASH team today: agency, skills and working windows (a problem fact). */
public record StaffMember(String id, Agency agency, Set<Skill> skills, List<Window> windows) {

    public boolean hasSkill(Skill skill) {
        return skills.contains(skill);
    }

    public int windowMinutes() {
        return windows.stream().mapToInt(Window::minutes).sum();
    }

    /** Minutes of {@code [from, to)} outside the single window that covers most of it (0: it fits one window). */
    public int minutesOutsideWindows(int from, int to) {
        int best = windows.stream().mapToInt(w -> w.overlap(from, to)).max().orElse(0);
        return (to - from) - best;
    }

    /** Booked minutes as a percentage of the working window, squared: the fairness measure. */
    public long loadSquared(int bookedMinutes) {
        int window = Math.max(1, windowMinutes());
        long percent = Math.round(100.0 * bookedMinutes / window);
        return percent * percent;
    }

    /** Identity is the id (a join and group key in every score calculation: no hashing of the whole record). */
    @Override
    public boolean equals(Object other) {
        return other instanceof StaffMember that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
