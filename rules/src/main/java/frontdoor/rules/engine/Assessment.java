package frontdoor.rules.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The escalation rules' working fact: the level so far and what the rules read besides the concerns.
 * Public only because the rules (escalations.drl) use it.
 */
public class Assessment {
    private int level;
    private final String ageGroup;
    private final int contactsLast12Months;
    private final boolean previousChildProtectionPlan;
    private final List<String> raisedBy = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();

    public Assessment(int level, String ageGroup, int contactsLast12Months, boolean previousChildProtectionPlan) {
        this.level = level;
        this.ageGroup = ageGroup;
        this.contactsLast12Months = contactsLast12Months;
        this.previousChildProtectionPlan = previousChildProtectionPlan;
    }

    /**
     * Applies an escalation: raises the level to {@code target} (never lowers it, caps at 4), and notes the
     * rule as applied, and as having raised the level when it did.
     */
    public void raiseTo(int target, String rule) {
        applied.add(rule);
        int next = Math.min(4, Math.max(level, target));
        if (next > level) {
            level = next;
            raisedBy.add(rule);
        }
    }

    public int getLevel() {
        return level;
    }

    public String getAgeGroup() {
        return ageGroup;
    }

    public int getContactsLast12Months() {
        return contactsLast12Months;
    }

    public boolean isPreviousChildProtectionPlan() {
        return previousChildProtectionPlan;
    }

    /** The escalations applied so far, whether or not they changed the level. */
    public List<String> getApplied() {
        return applied;
    }

    /** The rules that raised the level, in the order they fired. */
    public List<String> getRaisedBy() {
        return raisedBy;
    }
}
