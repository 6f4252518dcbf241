package frontdoor.datasets;

/**
 * The sizes of generated days: how many referrals arrive in screening and how many of each kind of worker
 * are in. {@code halfTimeHealth}: the only health practitioner works 0.5 FTE (09:00 to 13:00).
 */
public enum DaySize {
    /** Demand comfortably inside capacity. */
    NORMAL(25, 2, 2, 1, 4, 1, 1, false),
    /** Near capacity in most skills. */
    BUSY(78, 2, 2, 1, 5, 2, 1, false),
    /** Demand above capacity: one 0.5 FTE health practitioner for the health checks of 85 referrals. */
    OVERLOADED(85, 2, 1, 1, 5, 2, 1, true),
    /** A regional hub: 600 referrals, 200 staff, about 2,400 tasks. */
    REGIONAL(600, 24, 28, 16, 80, 22, 30, false),
    /** 40 staff, 100 referrals: a team thin in MASH managers and health practitioners (one in twenty each), on a heavy day. */
    TEAM40_100(100, 3, 2, 2, 19, 2, 12, false),
    /** 40 staff, 150 referrals: the same team with half as much work again. */
    TEAM40_150(150, 3, 2, 2, 19, 2, 12, false),
    /** 200 staff, 600 referrals: the same kind of thin team (the regional day's team has staff to spare). */
    TEAM200_600(600, 15, 10, 10, 95, 10, 60, false);

    final int referrals;
    final int police;
    final int health;
    final int education;
    final int socialWorkers;
    final int managers;
    final int socialCareOfficers;
    final boolean halfTimeHealth;

    DaySize(int referrals, int police, int health, int education, int socialWorkers, int managers,
            int socialCareOfficers, boolean halfTimeHealth) {
        this.referrals = referrals;
        this.police = police;
        this.health = health;
        this.education = education;
        this.socialWorkers = socialWorkers;
        this.managers = managers;
        this.socialCareOfficers = socialCareOfficers;
        this.halfTimeHealth = halfTimeHealth;
    }

    public int staff() {
        return police + health + education + socialWorkers + managers + socialCareOfficers;
    }
}
