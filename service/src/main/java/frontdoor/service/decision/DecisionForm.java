package frontdoor.service.decision;

import com.fasterxml.jackson.databind.JsonNode;
import frontdoor.rules.InvalidInputException;
import frontdoor.rules.JsonChecks;
import frontdoor.rules.Problem;
import frontdoor.rules.RagRating;
import frontdoor.rules.StrictJson;
import frontdoor.rules.Recommendation;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A decision or an amendment as posted: threshold level, RAG, pathway, actions, and the words that
 * justify it. Read with the decision core's {@link JsonChecks}, so every broken field is named at once.
 */
record DecisionForm(int thresholdLevel, RagRating rag, String pathway, SortedSet<String> actions, String rationale,
                    String amendmentReason) {
    /** The pathways of docs/contract.md. */
    static final Set<String> PATHWAYS = Set.of("NO_FURTHER_ACTION", "SIGNPOST_UNIVERSAL", "EARLY_HELP", "MASH_ENQUIRY",
            "CHILD_IN_NEED_ASSESSMENT", "STRATEGY_DISCUSSION", "IMMEDIATE_PROTECTION", "TRANSFER_TO_ALLOCATED_TEAM",
            "REFER_OTHER_LOCAL_AUTHORITY", "REFER_ADULT_SERVICES");
    /** docs/policy-rules.md "Actions". */
    static final Set<String> ACTIONS = Set.of("MARAC_REFERRAL", "POLICE_NOTIFICATION", "PREVENT_REFERRAL",
            "PRIVATE_FOSTERING_ASSESSMENT", "ACCOMMODATION_ASSESSMENT", "MEDICAL_ASSESSMENT", "SEEK_CONSENT",
            "MANAGER_CONSENT_REVIEW", "REQUEST_WRITTEN_REFERRAL", "MULTI_AGENCY_REVIEW", "PRE_BIRTH_ASSESSMENT");
    /** Words a person writes (a rationale, a reason, a comment): 1 to 4,000 characters, not blank. */
    static final Pattern WORDS = Pattern.compile("(?s)\\s*\\S.{0,3999}");
    static final String WORDS_RULE = "must be 1 to 4000 characters, not blank";

    static DecisionForm read(String body, boolean amendment) {
        JsonNode root = StrictJson.BODY.tree(body);
        JsonChecks in = new JsonChecks();
        Set<String> fields = amendment
                ? Set.of("thresholdLevel", "rag", "pathway", "actions", "rationale", "reason")
                : Set.of("thresholdLevel", "rag", "pathway", "actions", "rationale");
        if (!in.object(root, "$", fields)) {
            throw new InvalidInputException(in.problems());
        }
        int level = in.field(root, "$", "thresholdLevel", true) == null ? 0 : in.integer(root, "$", "thresholdLevel", 1, 4);
        RagRating rag = in.oneOf(root, "$", "rag", true, RagRating.class);
        String pathway = in.text(root, "$", "pathway", true, null, null);
        if (pathway != null && !PATHWAYS.contains(pathway)) {
            in.problem("$.pathway", "must be one of " + new TreeSet<>(PATHWAYS));
        }
        SortedSet<String> actions = actions(in, root.get("actions"));
        String rationale = in.text(root, "$", "rationale", !amendment, WORDS, WORDS_RULE); // a person decides, with reasons
        String reason = amendment ? in.text(root, "$", "reason", true, WORDS, WORDS_RULE) : null;
        if (!in.problems().isEmpty()) {
            throw new InvalidInputException(in.problems());
        }
        return new DecisionForm(level, rag, pathway, actions, rationale, reason);
    }

    private static SortedSet<String> actions(JsonChecks in, JsonNode node) {
        SortedSet<String> actions = new TreeSet<>();
        if (node == null || node.isNull()) {
            return actions;
        }
        if (!node.isArray()) {
            in.problem("$.actions", "must be an array");
            return actions;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode a = node.get(i);
            if (!a.isTextual() || !ACTIONS.contains(a.asText())) {
                in.problem("$.actions[" + i + "]", "must be one of " + new TreeSet<>(ACTIONS));
            } else {
                actions.add(a.asText());
            }
        }
        return actions;
    }

    /** Whether this differs from the recommendation in level, RAG, pathway or the set of actions. */
    boolean differsFrom(Recommendation r) {
        return thresholdLevel != r.thresholdLevel() || rag != r.rag() || !pathway.equals(r.pathway())
                || !actions.equals(new TreeSet<>(r.actions()));
    }
}
