package frontdoor.service.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.planner.Plan.Unassigned;
import frontdoor.planner.PlanInput.Task;
import frontdoor.planner.TaskRecipes;
import frontdoor.planner.domain.TaskKind;
import frontdoor.service.policy.PolicyHolder;
import frontdoor.rules.StrictJson;
import frontdoor.rules.RagRating;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Today's screening work: each referral awaiting its decision gives the tasks of its pathway's recipe
 * (policy data, {@code allocation/recipes.json}), with its RAG rating, {@code screeningDueBy} as the due
 * time and its family. Earliest due first, at most {@code frontdoor.allocation.max-referrals} referrals.
 * A referral whose pathway has no recipe gives no tasks; it is listed with its reason instead, so the
 * plan shows the manager that it will not be worked. A check an agency has done (its result recorded) is
 * not planned again; tasks keep their recipe ids, so a pin on a later task still names the same task. Once
 * decided, a referral's only task is its {@code MANAGER_SIGN_OFF}, until a manager signs the decision off.
 */
@Component
public class ScreeningWork {
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningWork.class);
    private final JdbcClient jdbc;
    private final PolicyHolder policy;
    private final AllocationProperties properties;

    ScreeningWork(JdbcClient jdbc, PolicyHolder policy, AllocationProperties properties) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.properties = properties;
    }

    /** A referral in screening as the plan needs it; {@code familyId} is the referral's own id when the referral gives none. */
    record InScreening(String referralId, String familyId, String pathway, RagRating rag, Instant dueBy) {
    }

    /** The tasks to plan, and the referrals in screening the plan cannot take (no recipe), each with its reason. */
    record Work(List<Task> tasks, List<Unassigned> unplanned) {
    }

    Work today() {
        TaskRecipes recipes = policy.current().recipes();
        List<Task> tasks = new ArrayList<>();
        List<Unassigned> unplanned = new ArrayList<>();
        Map<String, Set<String>> done = doneChecks();
        for (InScreening r : referrals()) {
            Set<String> doneHere = done.getOrDefault(r.referralId(), Set.of());
            plan(r, recipes, t -> !doneHere.contains(t.kind().name()), tasks, unplanned);
        }
        for (InScreening r : awaitingSignOff()) {
            plan(r, recipes, t -> t.kind() == TaskKind.MANAGER_SIGN_OFF, tasks, unplanned);
        }
        if (!unplanned.isEmpty()) {
            LOG.warn("{} referral(s) in screening have a pathway without a task recipe ({}); the plan lists them as unassigned",
                    unplanned.size(), recipes.version());
        }
        return new Work(tasks, unplanned);
    }

    private static void plan(InScreening r, TaskRecipes recipes, Predicate<Task> wanted, List<Task> tasks, List<Unassigned> unplanned) {
        if (recipes.pathways().contains(r.pathway())) {
            recipes.tasksFor(r.referralId(), r.familyId(), r.pathway(), r.rag(), r.dueBy()).stream().filter(wanted).forEach(tasks::add);
        } else {
            unplanned.add(new Unassigned(null, r.referralId(), "no task recipe for pathway " + r.pathway() + " in recipes.json version "
                    + recipes.version() + "; this referral will not be worked by the plan: screen it by hand (no recipe)."));
        }
    }

    boolean hasRecipe(String pathway) {
        return policy.current().recipes().pathways().contains(pathway);
    }

    /** The referrals awaiting a decision (status AWAITING_DECISION and no decision row). */
    List<InScreening> referrals() {
        return inScreening("r.status = 'AWAITING_DECISION' AND NOT EXISTS (SELECT 1 FROM decision d WHERE d.referral = r.id)");
    }

    /** The referrals decided and not yet signed off: only their {@code MANAGER_SIGN_OFF} is planned. */
    List<InScreening> awaitingSignOff() {
        return inScreening("r.sign_off_required AND EXISTS (SELECT 1 FROM decision d WHERE d.referral = r.id)"
                + " AND NOT EXISTS (SELECT 1 FROM decision_sign_off s WHERE s.referral = r.id)");
    }

    private List<InScreening> inScreening(String where) {
        return jdbc.sql("SELECT referral_id, body, pathway, rag, due_by FROM referral r WHERE " + where
                        + " ORDER BY due_by, referral_id LIMIT ?")
                .param(properties.maxReferrals())
                .query((rs, n) -> new InScreening(rs.getString(1), familyId(rs.getString(1), rs.getString(2)), rs.getString(3),
                        RagRating.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The checks done, by referral, of the referrals awaiting a decision. */
    private Map<String, Set<String>> doneChecks() {
        Map<String, Set<String>> done = new HashMap<>();
        jdbc.sql("""
                        SELECT r.referral_id, c.check_id FROM referral_check c JOIN referral r ON r.id = c.referral
                        WHERE c.status = 'DONE' AND r.status = 'AWAITING_DECISION'""")
                .query((rs, n) -> done.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2))).list();
        return done;
    }

    /** Only the family id is read from the stored referral; nothing else of it leaves this method. */
    private static String familyId(String referralId, String body) {
        JsonNode family = StrictJson.DOCUMENT.tree(body).path("child").path("familyId");
        return family.isTextual() ? family.asText() : referralId;
    }
}
