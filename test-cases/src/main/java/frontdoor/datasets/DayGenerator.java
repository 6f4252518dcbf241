package frontdoor.datasets;

import com.fasterxml.jackson.databind.SerializationFeature;
import frontdoor.planner.PlanInput;
import frontdoor.planner.PlanInput.Pin;
import frontdoor.planner.PlanInput.Staff;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.PlanInput.Window;
import frontdoor.planner.TaskRecipes;
import frontdoor.planner.domain.Skill;
import frontdoor.planner.domain.TaskKind;
import frontdoor.rules.Agency;
import frontdoor.rules.Json;
import frontdoor.rules.RagRating;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a day of screening work, deterministic from a seed: a team with mixed hours (full days, early and
 * late starts, lunch breaks, part-time), and referrals whose tasks follow the shipped recipes. RED
 * referrals fall due today, AMBER ones today or tomorrow, GREEN ones mostly later; some siblings share a
 * family; on busy days the first RED police checks have already started (pinned).
 *
 * <p>Write days as files: {@code java -cp ... frontdoor.datasets.DayGenerator SIZE SEED FILE}.
 */
public final class DayGenerator {
    static final LocalDate DATE = LocalDate.parse("2026-03-10");
    static final Instant NINE = Instant.parse("2026-03-10T09:00:00Z"); // Europe/London is on GMT in March
    /** Pathways in progress, repeated by how often they come up (about four tasks per referral). */
    private static final String[] PATHWAYS = {"NO_FURTHER_ACTION", "NO_FURTHER_ACTION", "NO_FURTHER_ACTION",
            "NO_FURTHER_ACTION", "NO_FURTHER_ACTION", "NO_FURTHER_ACTION", "TRANSFER_TO_ALLOCATED_TEAM",
            "SIGNPOST_UNIVERSAL", "SIGNPOST_UNIVERSAL", "EARLY_HELP", "EARLY_HELP", "MASH_ENQUIRY", "MASH_ENQUIRY",
            "CHILD_IN_NEED_ASSESSMENT", "STRATEGY_DISCUSSION", "IMMEDIATE_PROTECTION", "TRANSFER_TO_ALLOCATED_TEAM",
            "TRANSFER_TO_ALLOCATED_TEAM", "REFER_OTHER_LOCAL_AUTHORITY", "REFER_ADULT_SERVICES"};

    private final Random random;
    private final TaskRecipes recipes;

    private DayGenerator(long seed, TaskRecipes recipes) {
        this.random = new Random(seed);
        this.recipes = recipes;
    }

    public static PlanInput generate(DaySize size, long seed) {
        return new DayGenerator(seed, TaskRecipes.shipped()).day(size);
    }

    private PlanInput day(DaySize size) {
        List<Staff> staff = new ArrayList<>();
        team(staff, "P", size.police, Agency.POLICE, List.of(Skill.POLICE_SYSTEMS));
        if (size.halfTimeHealth) {
            staff.add(new Staff("H1", Agency.HEALTH, List.of(Skill.HEALTH_SYSTEMS), List.of(window(0, 4 * 60))));
        } else {
            team(staff, "H", size.health, Agency.HEALTH, List.of(Skill.HEALTH_SYSTEMS));
        }
        team(staff, "E", size.education, Agency.EDUCATION, List.of(Skill.EDUCATION_SYSTEMS));
        team(staff, "W", size.socialWorkers, Agency.SOCIAL_CARE, List.of(Skill.QUALIFIED_SOCIAL_WORKER, Skill.SOCIAL_CARE_SYSTEMS));
        team(staff, "M", size.managers, Agency.SOCIAL_CARE, List.of(Skill.MASH_MANAGER, Skill.QUALIFIED_SOCIAL_WORKER));
        team(staff, "C", size.socialCareOfficers, Agency.SOCIAL_CARE, List.of(Skill.SOCIAL_CARE_SYSTEMS));

        List<Task> tasks = new ArrayList<>();
        int families = 0;
        String family = null;
        for (int i = 1; i <= size.referrals; i++) {
            family = family != null && random.nextInt(5) == 0 ? family : "F-" + ++families; // one in five is a sibling
            RagRating rag = rag();
            tasks.addAll(recipes.tasksFor("R-" + i, family, PATHWAYS[random.nextInt(PATHWAYS.length)], rag, dueBy(rag)));
        }
        return new PlanInput(DATE, "Europe/London", staff, pinFirstRedPoliceChecks(tasks, staff, size == DaySize.NORMAL ? 0 : 2));
    }

    private void team(List<Staff> staff, String prefix, int count, Agency agency, List<Skill> skills) {
        for (int i = 1; i <= count; i++) {
            staff.add(new Staff(prefix + i, agency, skills, hours()));
        }
    }

    /** 09:00-17:00 mostly; some early or late starts, lunch breaks, a few part-timers. */
    private List<Window> hours() {
        int pick = random.nextInt(20);
        if (pick < 2) {
            return List.of(window(0, 4 * 60));
        }
        int start = pick < 5 ? -60 : pick < 7 ? 60 : 0;
        if (pick % 3 == 0) {
            return List.of(window(start, start + 210), window(start + 240, start + 480));
        }
        return List.of(window(start, start + 480));
    }

    private static Window window(int from, int to) {
        return new Window(NINE.plus(Duration.ofMinutes(from)), NINE.plus(Duration.ofMinutes(to)));
    }

    private RagRating rag() {
        int pick = random.nextInt(100);
        return pick < 15 ? RagRating.RED : pick < 60 ? RagRating.AMBER : RagRating.GREEN;
    }

    /** RED: due between 12:00 and 16:00; AMBER: half today after 12:00, half tomorrow; GREEN: a fifth today. */
    private Instant dueBy(RagRating rag) {
        int minutes = switch (rag) {
            case RED -> 180 + 15 * random.nextInt(17);
            case AMBER -> random.nextBoolean() ? 180 + 15 * random.nextInt(21) : 24 * 60 + 15 * random.nextInt(32);
            case GREEN -> random.nextInt(5) == 0 ? 240 + 15 * random.nextInt(17) : 24 * 60 * (1 + random.nextInt(3));
        };
        return NINE.plus(Duration.ofMinutes(minutes));
    }

    /** Work already started: the first RED police checks, with police staff who are in at their first window's start. */
    private static List<Task> pinFirstRedPoliceChecks(List<Task> tasks, List<Staff> staff, int count) {
        List<Staff> police = staff.stream().filter(s -> s.agency() == Agency.POLICE).toList();
        List<Task> pinned = new ArrayList<>();
        int used = 0;
        for (Task t : tasks) {
            if (used < Math.min(count, police.size()) && t.kind() == TaskKind.POLICE_CHECK && t.rag() == RagRating.RED) {
                Staff worker = police.get(used++);
                t = new Task(t.id(), t.referralId(), t.familyId(), t.kind(), t.skill(), t.rag(), t.dueBy(), t.minutes(),
                        t.after(), new Pin(worker.id(), worker.windows().get(0).start()));
            }
            pinned.add(t);
        }
        return pinned;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: DayGenerator NORMAL|BUSY|OVERLOADED|REGIONAL SEED FILE");
            System.exit(2);
        }
        PlanInput day = generate(DaySize.valueOf(args[0]), Long.parseLong(args[1]));
        Files.writeString(Path.of(args[2]), Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(day));
    }
}
