package frontdoor.planner.domain;

import frontdoor.rules.RagRating;

/**
 * A referral in screening, as the planner sees it: the family, RAG rating, its weight (from the weights
 * file) and the minute of the day its screening is due by.
 */
public record ScreeningReferral(String id, String familyId, RagRating rag, long ragWeight, int due, PlanningDay day) {
    /** The completion minute of a referral with work left for another day. */
    public static final int NOT_TODAY = Integer.MAX_VALUE;

    public boolean dueToday() {
        return due <= day.end();
    }

    /** Missed: its last task ends after its due time, or it is not finished today and due today. */
    public boolean missed(int completion) {
        return completion == NOT_TODAY ? dueToday() : completion > due;
    }

    /** Minutes late; unfinished work due today is late until the end of the day. */
    public int minutesLate(int completion) {
        if (completion == NOT_TODAY) {
            return dueToday() ? day.end() - due : 0;
        }
        return Math.max(0, completion - due);
    }

    /** Identity is the id (a join and group key in every score calculation: no hashing of the whole record). */
    @Override
    public boolean equals(Object other) {
        return other instanceof ScreeningReferral that && id.equals(that.id);
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
