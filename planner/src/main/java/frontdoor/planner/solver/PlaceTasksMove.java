package frontdoor.planner.solver;

import frontdoor.planner.domain.AllocationPlan;
import frontdoor.planner.domain.ScreeningTask;
import frontdoor.planner.domain.StaffMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;

/** Puts several tasks (a referral's, or two referrals') at new workers and starts in one move; null, null: not today. */
final class PlaceTasksMove extends AbstractMove<AllocationPlan> {
    private final String name;
    private final List<ScreeningTask> tasks;
    private final List<StaffMember> staff;
    private final List<Integer> starts;

    PlaceTasksMove(String name, List<ScreeningTask> tasks, List<StaffMember> staff, List<Integer> starts) {
        this.name = name;
        this.tasks = tasks;
        this.staff = staff;
        this.starts = starts;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<AllocationPlan> scoreDirector) {
        for (int i = 0; i < tasks.size(); i++) {
            if (!Objects.equals(tasks.get(i).getStaff(), staff.get(i)) || !Objects.equals(tasks.get(i).getStart(), starts.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected PlaceTasksMove createUndoMove(ScoreDirector<AllocationPlan> scoreDirector) {
        List<StaffMember> oldStaff = new ArrayList<>();
        List<Integer> oldStarts = new ArrayList<>();
        tasks.forEach(t -> {
            oldStaff.add(t.getStaff());
            oldStarts.add(t.getStart());
        });
        return new PlaceTasksMove("undo " + name, tasks, oldStaff, oldStarts);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<AllocationPlan> scoreDirector) {
        for (int i = 0; i < tasks.size(); i++) {
            ScreeningTask task = tasks.get(i);
            scoreDirector.beforeVariableChanged(task, "staff");
            task.setStaff(staff.get(i));
            scoreDirector.afterVariableChanged(task, "staff");
            scoreDirector.beforeVariableChanged(task, "start");
            task.setStart(starts.get(i));
            scoreDirector.afterVariableChanged(task, "start");
        }
    }

    @Override
    public List<ScreeningTask> getPlanningEntities() {
        return tasks;
    }

    @Override
    public List<Object> getPlanningValues() {
        List<Object> values = new ArrayList<>(staff);
        values.addAll(starts);
        return values;
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "PlaceTasksMove";
    }

    @Override
    public String toString() {
        return name;
    }
}
