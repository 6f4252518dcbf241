package frontdoor.planner;

import com.fasterxml.jackson.annotation.JsonInclude;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import frontdoor.rules.RagRating;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A day to plan, version 1 of docs/allocation.md "Plan input": the team with today's windows and
 * the screening tasks. Read and checked by {@link PlanReader}; written as JSON by Jackson as is.
 */
public record PlanInput(LocalDate planDate, String timezone, List<Staff> staff, List<Task> tasks) {

    /** A member of the team today. */
    public record Staff(String id, Agency agency, List<Skill> skills, List<Window> windows) {
    }

    /** A working window, {@code [start, end)}. */
    public record Window(Instant start, Instant end) {
    }

    /** A screening task; {@code skill} null means the kind's default skill. */
    public record Task(String id, String referralId, String familyId, TaskKind kind,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Skill skill, RagRating rag, Instant dueBy,
                       int minutes, List<String> after, Pin pinned) {

        /** The skill the task needs: as given, or the kind's default. */
        public Skill neededSkill() {
            return skill != null ? skill : kind.skill();
        }
    }

    /** Work already started: its worker and start stay. */
    public record Pin(String staffId, Instant start) {
    }
}
