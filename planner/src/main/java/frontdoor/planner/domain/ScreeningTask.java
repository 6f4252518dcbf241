package frontdoor.planner.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * One piece of screening work. The planner chooses who ({@code staff}) and when ({@code start}, a minute
 * of the planning day on the grain); both null means "not today". A pinned task keeps its worker and start.
 */
@PlanningEntity
public class ScreeningTask {
    @PlanningId
    private String id;
    private ScreeningReferral referral;
    private TaskKind kind;
    private Skill skill;
    private int minutes;
    private List<String> predecessorIds;
    private List<StaffMember> eligibleStaff;
    @PlanningPin
    private boolean pinned;
    private String pinnedStaffId;
    private Integer pinnedStart;

    @PlanningVariable(valueRangeProviderRefs = "eligibleStaff", nullable = true)
    private StaffMember staff;
    @PlanningVariable(valueRangeProviderRefs = "startMinutes", nullable = true)
    private Integer start;

    public ScreeningTask() {
    }

    public ScreeningTask(String id, ScreeningReferral referral, TaskKind kind, Skill skill, int minutes,
                         List<String> predecessorIds, List<StaffMember> eligibleStaff) {
        this.id = id;
        this.referral = referral;
        this.kind = kind;
        this.skill = skill;
        this.minutes = minutes;
        this.predecessorIds = List.copyOf(predecessorIds);
        this.eligibleStaff = List.copyOf(eligibleStaff);
    }

    /** Pins the task to a worker and start (work already started). */
    public ScreeningTask pin(StaffMember worker, int startMinute) {
        this.pinned = true;
        this.pinnedStaffId = worker.id();
        this.pinnedStart = startMinute;
        this.staff = worker;
        this.start = startMinute;
        return this;
    }

    /** Places the task (tests, the greedy planner); null, null leaves it for another day. */
    public ScreeningTask assign(StaffMember worker, Integer startMinute) {
        this.staff = worker;
        this.start = startMinute;
        return this;
    }

    @ValueRangeProvider(id = "eligibleStaff")
    public List<StaffMember> getEligibleStaff() {
        return eligibleStaff;
    }

    public boolean isAssigned() {
        return staff != null && start != null;
    }

    public int getEnd() {
        return start + minutes;
    }

    /** The minute this task ends, or {@link ScreeningReferral#NOT_TODAY}. */
    public int getCompletion() {
        return isAssigned() ? getEnd() : ScreeningReferral.NOT_TODAY;
    }

    /** True when the task is pinned and sits elsewhere than its pin. */
    public boolean isOffItsPin() {
        return pinned && (staff == null || !staff.id().equals(pinnedStaffId) || !pinnedStart.equals(start));
    }

    public String getId() {
        return id;
    }

    public ScreeningReferral getReferral() {
        return referral;
    }

    public TaskKind getKind() {
        return kind;
    }

    public Skill getSkill() {
        return skill;
    }

    public int getMinutes() {
        return minutes;
    }

    public List<String> getPredecessorIds() {
        return predecessorIds;
    }

    public boolean isPinned() {
        return pinned;
    }

    public String getPinnedStaffId() {
        return pinnedStaffId;
    }

    public Integer getPinnedStart() {
        return pinnedStart;
    }

    public StaffMember getStaff() {
        return staff;
    }

    public void setStaff(StaffMember staff) {
        this.staff = staff;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    /** "T9 (MANAGER_SIGN_OFF of R-7)", for sentences. */
    public String describe() {
        return id + " (" + kind + " of " + referral.id() + ")";
    }

    @Override
    public String toString() {
        return id;
    }
}
